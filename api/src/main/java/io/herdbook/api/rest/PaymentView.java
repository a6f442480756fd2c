package io.herdbook.api.rest;

import io.herdbook.jobs.payouts.Money;
import io.herdbook.jobs.payouts.Payment;
import java.time.Instant;
import java.util.List;

/**
 * A payment as the API shows it: the amount the server summed from its lines, as two-decimal text.
 *
 * @param receiptUrl where its receipt is downloaded; null until one is uploaded
 */
record PaymentView(long id, long creatorId, Long methodId, String amount, String reference, Instant paidAt, List<Long> accrualIds,
                   String receiptUrl, String receiptContentType, Instant receiptUploadedAt, Instant createdAt) {

    static PaymentView of(Payment p) {
        return new PaymentView(p.id(), p.creatorId(), p.methodId(), Money.text(p.amount()), p.reference(), p.paidAt(), p.accrualIds(),
                p.receiptFile() == null ? null : ReceiptsController.url(p.id()), p.receiptContentType(), p.receiptUploadedAt(), p.createdAt());
    }
}
