package io.herdbook.jobs.payouts.accrual;

import io.herdbook.jobs.goals.PeriodKind;
import io.herdbook.jobs.goals.ProgramCreators;
import io.herdbook.jobs.payouts.CpmTier;
import io.herdbook.jobs.tracking.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads payout structures' terms and the creators each one pays. */
@Repository
public class TermsStore {

    private static final String SELECT = """
            SELECT s.*, pr.time_zone FROM payout_structures s
              JOIN projects pr ON pr.id = s.project_id AND pr.organisation_id = s.organisation_id
            """;

    private final JdbcTemplate jdbc;

    public TermsStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every structure not archived, of every organisation, in id order: what goal-evaluation walks. */
    public List<Terms> evaluated() {
        return jdbc.query(SELECT + " WHERE s.archived_at IS NULL ORDER BY s.id", this::terms);
    }

    public Optional<Terms> find(long organisationId, long structureId) {
        return jdbc.query(SELECT + " WHERE s.organisation_id = ? AND s.id = ?", this::terms, organisationId, structureId)
                .stream().findFirst();
    }

    /**
     * Locks the structure's row {@code FOR SHARE} until the transaction ends and says whether its stored terms (tiers
     * included) are still {@code terms}, the ones its lines were computed by, and it is not archived.
     */
    public boolean termsStillHold(Terms terms) {
        jdbc.queryForList("SELECT id FROM payout_structures WHERE organisation_id = ? AND id = ? FOR SHARE", Long.class,
                terms.organisationId(), terms.id());
        return jdbc.query(SELECT + " WHERE s.organisation_id = ? AND s.id = ? AND s.archived_at IS NULL", this::terms,
                terms.organisationId(), terms.id()).stream().findFirst().filter(terms::equals).isPresent();
    }

    /** The creators a CPM or flat structure pays, in id order: its campaign's, else its project's. */
    public List<Long> creatorsOf(Terms terms) {
        return new ProgramCreators(jdbc).of(terms.organisationId(), terms.projectId(), terms.campaignId());
    }

    private Terms terms(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        List<CpmTier> tiers = jdbc.query("""
                SELECT from_views, cpm_rate FROM payout_cpm_tiers WHERE organisation_id = ? AND structure_id = ? ORDER BY from_views
                """, (t, n) -> new CpmTier(t.getLong("from_views"), t.getBigDecimal("cpm_rate")), rs.getLong("organisation_id"), id);
        int window = rs.getInt("view_window_days");
        Integer viewWindow = rs.wasNull() ? null : window;
        return new Terms(id, rs.getLong("organisation_id"), rs.getLong("project_id"), Sql.nullableLong(rs, "campaign_id"),
                rs.getString("name"), rs.getString("kind"), PeriodKind.valueOf(rs.getString("period")),
                rs.getObject("starts_on", LocalDate.class), rs.getBigDecimal("cpm_rate"), rs.getBigDecimal("cap_per_post"),
                rs.getBigDecimal("flat_fee"), rs.getLong("min_views"), Sql.nullableLong(rs, "goal_id"), rs.getBigDecimal("bonus_amount"),
                viewWindow, ZoneId.of(rs.getString("time_zone")), tiers);
    }
}
