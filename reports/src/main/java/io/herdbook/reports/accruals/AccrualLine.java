package io.herdbook.reports.accruals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One accrual line with its evidence and its payment.
 *
 * @param kind     CPM, FLAT or BONUS
 * @param revision 0 for the original line; 1, 2, ... for adjusting lines ({@code adjustsId} the line adjusted)
 * @param payment  null while unpaid
 */
public record AccrualLine(long id, long projectId, long structureId, long creatorId, String kind, LocalDate periodStart,
                          Instant periodFrom, Instant periodTo, Evidence evidence, BigDecimal computedAmount, BigDecimal amount,
                          BigDecimal unfundedAmount, Instant qualifiedAt, Instant accruedAt, int revision, Long adjustsId,
                          String note, PaymentRef payment) {

    /**
     * What the amount was computed from: for CPM and flat lines the post and its frozen views (the snapshot observed
     * at {@code snapshotObservedAt}); for bonus lines the goal result.
     */
    public record Evidence(Long postId, String postUrl, Instant snapshotObservedAt, Long views, Long goalResultId) {
    }

    /** The payment that settled the line. */
    public record PaymentRef(long id, String reference, Instant paidAt) {
    }
}
