package io.herdbook.jobs.payouts.accrual;

import io.herdbook.jobs.goals.Period;
import java.math.BigDecimal;
import java.time.Instant;

/** One {@code payout_accruals} row to insert: an original line (revision 0) or an adjusting one. */
record AccrualRow(Terms terms, Period period, long creatorId, String kind, Long postId, Long goalResultId, Instant snapshotObservedAt,
                  Long views, BigDecimal computedAmount, BigDecimal amount, BigDecimal unfundedAmount, Instant qualifiedAt,
                  Instant accruedAt, int revision, Long adjustsId, String note) {

    /** The original line of {@code line}, funded with {@code funded}. */
    static AccrualRow original(Line line, Period period, BigDecimal funded, Instant accruedAt, String note) {
        return new AccrualRow(line.terms(), period, line.creatorId(), line.kind(), line.postId(), line.goalResultId(),
                line.snapshotObservedAt(), line.views(), line.computedAmount(), funded, line.computedAmount().subtract(funded),
                line.qualifiedAt(), accruedAt, 0, null, note);
    }
}
