package io.herdbook.jobs.payouts;

import io.herdbook.jobs.goals.PeriodKind;
import io.herdbook.jobs.tracking.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payout structures and their CPM tiers, within one organisation. Terms are evidence: once a structure has
 * accrual lines its terms never change ({@link #change}); a new structure is made instead.
 */
@Repository
public class PayoutStructureStore {

    private static final String SELECT = """
            SELECT id, project_id, campaign_id, name, kind, period, starts_on, cpm_rate, cap_per_post, flat_fee, min_views,
                   goal_id, bonus_amount, view_window_days, archived_at, created_at
              FROM payout_structures""";

    private final JdbcTemplate jdbc;

    public PayoutStructureStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public PayoutStructure create(long organisation, NewPayoutStructure structure) {
        StructureTerms terms = structure.terms();
        long id = jdbc.queryForObject("""
                INSERT INTO payout_structures (organisation_id, project_id, campaign_id, name, kind, period, starts_on, cpm_rate,
                                               cap_per_post, flat_fee, min_views, goal_id, bonus_amount, view_window_days)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", Long.class,
                organisation, structure.projectId(), structure.campaignId(), structure.name(), structure.kind().name(),
                structure.period().name(), structure.startsOn(), terms.baseRate(), terms.capPerPost(), terms.flatFee(),
                terms.minViews(), terms.goalId(), terms.bonusAmount(), terms.viewWindowDays());
        insertTiers(organisation, id, terms.tiers());
        return find(organisation, id).orElseThrow();
    }

    /** Up to {@code limit} of the project's structures with id greater than {@code afterId}, in id order. */
    public List<PayoutStructure> list(long organisation, long project, boolean archivedToo, long afterId, int limit) {
        String archived = archivedToo ? "" : " AND archived_at IS NULL";
        return jdbc.query(SELECT + " WHERE organisation_id = ? AND project_id = ? AND id > ?" + archived + " ORDER BY id LIMIT ?",
                this::structure, organisation, project, afterId, limit);
    }

    public Optional<PayoutStructure> find(long organisation, long id) {
        return jdbc.query(SELECT + " WHERE organisation_id = ? AND id = ?", this::structure, organisation, id).stream().findFirst();
    }

    /**
     * Renames, archives or restores the structure and/or replaces its terms, all in one transaction.
     *
     * @param name        null: unchanged
     * @param archiveGiven false: archived_at unchanged; true: it becomes {@code archivedAt} (null restores it)
     * @param terms       null: unchanged; else the new terms, allowed only while the structure has no accrual lines
     * @return empty when the organisation has no such structure
     * @throws PayoutRefusedException CONFLICT when new terms are given and it has lines (their evidence includes its terms)
     */
    @Transactional
    public Optional<PayoutStructure> change(long organisation, long id, String name, boolean archiveGiven, Instant archivedAt,
                                            StructureTerms terms) {
        // The row lock waits for accrual lines being written against the structure (their foreign key holds a
        // share lock on it) and holds off new ones until this commits, so the check for lines sees every one.
        if (jdbc.queryForList("SELECT id FROM payout_structures WHERE organisation_id = ? AND id = ? FOR UPDATE", Long.class,
                organisation, id).isEmpty()) {
            return Optional.empty();
        }
        if (terms != null) {
            replaceTerms(organisation, id, terms);
        }
        jdbc.update("""
                UPDATE payout_structures SET name = coalesce(?, name), archived_at = CASE WHEN ? THEN ? ELSE archived_at END
                 WHERE organisation_id = ? AND id = ?""", name, archiveGiven, Sql.utc(archivedAt), organisation, id);
        return find(organisation, id);
    }

    private void replaceTerms(long organisation, long id, StructureTerms terms) {
        if (Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM payout_accruals WHERE organisation_id = ? AND structure_id = ?)", Boolean.class, organisation, id))) {
            throw PayoutRefusedException.conflict("payout structure " + id + " already has accrual lines, and its terms are part of "
                    + "their evidence: create a new structure with the new terms (and archive this one)");
        }
        jdbc.update("""
                UPDATE payout_structures SET cpm_rate = ?, cap_per_post = ?, flat_fee = ?, min_views = ?, bonus_amount = ?,
                                             view_window_days = ?
                 WHERE organisation_id = ? AND id = ?""", terms.baseRate(), terms.capPerPost(), terms.flatFee(), terms.minViews(),
                terms.bonusAmount(), terms.viewWindowDays(), organisation, id);
        jdbc.update("DELETE FROM payout_cpm_tiers WHERE organisation_id = ? AND structure_id = ?", organisation, id);
        insertTiers(organisation, id, terms.tiers());
    }

    private void insertTiers(long organisation, long structure, List<CpmTier> tiers) {
        jdbc.batchUpdate("INSERT INTO payout_cpm_tiers (organisation_id, structure_id, from_views, cpm_rate) VALUES (?, ?, ?, ?)",
                tiers.stream().map(t -> new Object[] {organisation, structure, t.fromViews(), t.cpmRate()}).toList());
    }

    private List<CpmTier> tiers(long structure) {
        return jdbc.query("SELECT from_views, cpm_rate FROM payout_cpm_tiers WHERE structure_id = ? ORDER BY from_views",
                (rs, i) -> new CpmTier(rs.getLong("from_views"), rs.getBigDecimal("cpm_rate")), structure);
    }

    private PayoutStructure structure(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        Integer window = rs.getObject("view_window_days", Integer.class);
        StructureTerms terms = new StructureTerms(rs.getBigDecimal("cpm_rate"), rs.getBigDecimal("cap_per_post"), tiers(id),
                rs.getBigDecimal("flat_fee"), rs.getLong("min_views"), window, Sql.nullableLong(rs, "goal_id"),
                rs.getBigDecimal("bonus_amount"));
        return new PayoutStructure(id, rs.getLong("project_id"), Sql.nullableLong(rs, "campaign_id"), rs.getString("name"),
                PayoutKind.valueOf(rs.getString("kind")), PeriodKind.valueOf(rs.getString("period")),
                rs.getObject("starts_on", LocalDate.class), terms, Sql.instant(rs, "archived_at"), Sql.instant(rs, "created_at"));
    }
}
