package io.herdbook.jobs.payouts.accrual;

import io.herdbook.jobs.payouts.CampaignSpend;
import io.herdbook.jobs.tracking.Sql;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Inserts accrual lines and locks campaign budgets: the two writes goal-evaluation and re-evaluation share. */
final class AccrualStore {

    private final JdbcTemplate jdbc;

    AccrualStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the campaign's row for the rest of the transaction ({@code FOR UPDATE}) and returns what is left of its
     * budget: the budget less every line's amount so far. No campaign, or one without a budget: unlimited.
     */
    Budget lockBudget(long organisationId, Long campaignId) {
        if (campaignId == null) {
            return Budget.unlimited();
        }
        CampaignSpend spend = new CampaignSpend(jdbc);
        Optional<BigDecimal> budget = spend.lockBudget(organisationId, campaignId);
        return budget.map(b -> Budget.remaining(b.subtract(spend.accrued(organisationId, campaignId)))).orElseGet(Budget::unlimited);
    }

    /** Inserts {@code row}; empty when its key (structure, creator, period, post, revision) was already taken. */
    Optional<Long> insert(AccrualRow row) {
        Terms terms = row.terms();
        return jdbc.queryForList("""
                INSERT INTO payout_accruals (organisation_id, project_id, structure_id, creator_id, kind, post_id, goal_result_id,
                                             period_start, period_from, period_to, snapshot_observed_at, views, computed_amount,
                                             amount, unfunded_amount, qualified_at, accrued_at, revision, adjusts_id, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT ON CONSTRAINT payout_accruals_once DO NOTHING
                RETURNING id
                """, Long.class, terms.organisationId(), terms.projectId(), terms.id(), row.creatorId(), row.kind(), row.postId(),
                row.goalResultId(), row.period().start(), Sql.utc(row.period().from()), Sql.utc(row.period().to()),
                Sql.utc(row.snapshotObservedAt()), row.views(), row.computedAmount(), row.amount(), row.unfundedAmount(),
                Sql.utc(row.qualifiedAt()), Sql.utc(row.accruedAt()), row.revision(), row.adjustsId(), row.note())
                .stream().findFirst();
    }
}
