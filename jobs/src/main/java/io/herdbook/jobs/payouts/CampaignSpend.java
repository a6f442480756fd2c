package io.herdbook.jobs.payouts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a campaign's lines owe, under the campaign's row lock: goal-evaluation funds lines from its budget and an
 * operator changes the budget through the same lock, so neither acts on a sum the other is about to change.
 */
public final class CampaignSpend {

    private final JdbcTemplate jdbc;

    public CampaignSpend(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the campaign's row ({@code FOR UPDATE}) for the rest of the transaction and returns its budget; empty for a
     * campaign without one (or no such campaign).
     */
    public Optional<BigDecimal> lockBudget(long organisationId, long campaignId) {
        List<BigDecimal> budget = jdbc.queryForList("SELECT budget FROM campaigns WHERE organisation_id = ? AND id = ? FOR UPDATE",
                BigDecimal.class, organisationId, campaignId);
        return budget.stream().filter(Objects::nonNull).findFirst();
    }

    /** The sum of every line's amount (adjusting lines included) of the campaign's payout structures. */
    public BigDecimal accrued(long organisationId, long campaignId) {
        return jdbc.queryForObject("""
                SELECT coalesce(sum(a.amount), 0) FROM payout_accruals a
                  JOIN payout_structures s ON s.organisation_id = a.organisation_id AND s.id = a.structure_id
                 WHERE s.organisation_id = ? AND s.campaign_id = ?
                """, BigDecimal.class, organisationId, campaignId);
    }
}
