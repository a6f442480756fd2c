package io.herdbook.api.rest;

import io.herdbook.jobs.payouts.Money;
import io.herdbook.reports.accruals.AccrualLine;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An accrual line as the API shows it: its evidence, its amounts as two-decimal text, and its payment.
 *
 * @param status  {@code paid} or {@code unpaid}
 * @param payment null while unpaid
 */
record AccrualView(long id, long projectId, long structureId, long creatorId, String kind, String status, LocalDate periodStart,
                   Instant periodFrom, Instant periodTo, Evidence evidence, String computedAmount, String amount, String unfundedAmount,
                   Instant qualifiedAt, Instant accruedAt, int revision, Long adjustsId, String note, PaymentRef payment) {

    /** The post and its frozen views (CPM, flat), or the goal result (bonus). */
    record Evidence(Long postId, String postUrl, Instant snapshotObservedAt, Long views, Long goalResultId) {
    }

    record PaymentRef(long id, String reference, Instant paidAt) {
    }

    static AccrualView of(AccrualLine line) {
        AccrualLine.Evidence e = line.evidence();
        AccrualLine.PaymentRef p = line.payment();
        return new AccrualView(line.id(), line.projectId(), line.structureId(), line.creatorId(), line.kind(), p == null ? "unpaid" : "paid",
                line.periodStart(), line.periodFrom(), line.periodTo(),
                new Evidence(e.postId(), e.postUrl(), e.snapshotObservedAt(), e.views(), e.goalResultId()),
                Money.text(line.computedAmount()), Money.text(line.amount()), Money.text(line.unfundedAmount()), line.qualifiedAt(),
                line.accruedAt(), line.revision(), line.adjustsId(), line.note(), p == null ? null : new PaymentRef(p.id(), p.reference(), p.paidAt()));
    }
}
