package io.herdbook.jobs.payouts.accrual;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One accrual line as computed, before the budget funds it.
 *
 * @param kind               CPM, FLAT or BONUS ({@code payout_accruals.kind})
 * @param postId             the post paid for; null for a bonus
 * @param goalResultId       the met goal result a bonus pays; null otherwise
 * @param snapshotObservedAt with {@code postId}, the snapshot whose {@code views} the amount was computed from
 * @param computedAmount     what the terms give, rounded once
 * @param qualifiedAt        when the line qualified (the post went up; the goal's period closed): the budget's order
 */
public record Line(Terms terms, long creatorId, String kind, Long postId, Long goalResultId, Instant snapshotObservedAt,
                   Long views, BigDecimal computedAmount, Instant qualifiedAt) {
}
