package io.herdbook.jobs.payouts;

import io.herdbook.jobs.tracking.Sql;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Campaigns and their members, always within one organisation. */
@Repository
public class CampaignStore {

    private static final String SELECT = """
            SELECT c.id, c.project_id, c.name, c.budget, c.created_at,
                   (SELECT count(*) FROM campaign_creators m WHERE m.campaign_id = c.id) AS creator_count
              FROM campaigns c""";

    private final JdbcTemplate jdbc;

    public CampaignStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new campaign in the organisation's project (the caller has checked the project is the organisation's). */
    public Campaign create(long organisation, long project, String name, BigDecimal budget) {
        long id = jdbc.queryForObject("INSERT INTO campaigns (organisation_id, project_id, name, budget) VALUES (?, ?, ?, ?) RETURNING id",
                Long.class, organisation, project, name, budget);
        return find(organisation, id).orElseThrow();
    }

    /** Up to {@code limit} campaigns of the project with id greater than {@code afterId}, in id order. */
    public List<Campaign> list(long organisation, long project, long afterId, int limit) {
        return jdbc.query(SELECT + " WHERE c.organisation_id = ? AND c.project_id = ? AND c.id > ? ORDER BY c.id LIMIT ?",
                CampaignStore::campaign, organisation, project, afterId, limit);
    }

    public Optional<Campaign> find(long organisation, long id) {
        return jdbc.query(SELECT + " WHERE c.organisation_id = ? AND c.id = ?", CampaignStore::campaign, organisation, id)
                .stream().findFirst();
    }

    /**
     * Renames the campaign and/or sets its budget.
     *
     * @param name         null: unchanged
     * @param budgetGiven  false: the budget is unchanged; true: it becomes {@code budget} (null removes it)
     * @throws PayoutRefusedException CONFLICT for a budget below what the campaign's lines already owe (lines never change,
     *                                so such a budget could not be kept)
     */
    @Transactional
    public Optional<Campaign> update(long organisation, long id, String name, boolean budgetGiven, BigDecimal budget) {
        if (budgetGiven && budget != null) {
            // Locked as goal-evaluation locks it to fund lines, so no line is funded between this check and the update.
            CampaignSpend spend = new CampaignSpend(jdbc);
            spend.lockBudget(organisation, id);
            BigDecimal accrued = spend.accrued(organisation, id);
            if (budget.compareTo(accrued) < 0) {
                throw PayoutRefusedException.conflict("campaign " + id + "'s lines already owe " + Money.text(accrued)
                        + "; a budget of " + Money.text(budget) + " is below that, and lines never change");
            }
        }
        int changed = jdbc.update("""
                UPDATE campaigns SET name = coalesce(?, name), budget = CASE WHEN ? THEN ? ELSE budget END
                 WHERE organisation_id = ? AND id = ?""", name, budgetGiven, budget, organisation, id);
        return changed == 0 ? Optional.empty() : find(organisation, id);
    }

    /** Adds the creator (of the campaign's project, checked by the caller); a member already is left as is. */
    public void addCreator(long organisation, long campaign, long creator) {
        jdbc.update("""
                INSERT INTO campaign_creators (organisation_id, campaign_id, creator_id) VALUES (?, ?, ?)
                ON CONFLICT (campaign_id, creator_id) DO NOTHING""", organisation, campaign, creator);
    }

    /** @return whether the creator was a member */
    public boolean removeCreator(long organisation, long campaign, long creator) {
        return jdbc.update("DELETE FROM campaign_creators WHERE organisation_id = ? AND campaign_id = ? AND creator_id = ?",
                organisation, campaign, creator) > 0;
    }

    /**
     * Deletes a campaign and its memberships, unless goals or payout structures name it: those (and the payout lines
     * they made) keep the campaign for the books, so it is refused with what holds it.
     *
     * @return true when deleted, false when there was no such campaign
     * @throws PayoutRefusedException CONFLICT naming the goals and structures that keep it
     */
    public boolean delete(long organisation, long id) {
        List<String> holders = jdbc.queryForList("""
                SELECT 'goal ' || id FROM goals WHERE organisation_id = ? AND campaign_id = ?
                UNION ALL
                SELECT 'payout structure ' || id FROM payout_structures WHERE organisation_id = ? AND campaign_id = ?
                ORDER BY 1 LIMIT 20""", String.class, organisation, id, organisation, id);
        if (!holders.isEmpty()) {
            throw PayoutRefusedException.conflict("campaign " + id + " is kept by " + String.join(", ", holders)
                    + "; they and their payout lines refer to it");
        }
        return jdbc.update("DELETE FROM campaigns WHERE organisation_id = ? AND id = ?", organisation, id) > 0;
    }

    private static Campaign campaign(ResultSet rs, int row) throws SQLException {
        return new Campaign(rs.getLong("id"), rs.getLong("project_id"), rs.getString("name"), rs.getBigDecimal("budget"),
                rs.getLong("creator_count"), Sql.instant(rs, "created_at"));
    }
}
