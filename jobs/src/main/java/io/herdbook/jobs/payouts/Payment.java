package io.herdbook.jobs.payouts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Money paid to a creator: the sum of the accrual lines it settles, with the bank's or provider's reference.
 *
 * @param methodId   null: not said
 * @param receiptFile the stored receipt's generated file name, null until one is uploaded
 * @param accrualIds the lines it paid, in id order
 */
public record Payment(long id, long creatorId, Long methodId, BigDecimal amount, String reference, Instant paidAt,
                      String receiptFile, String receiptContentType, Instant receiptUploadedAt, Instant createdAt,
                      List<Long> accrualIds) {

    public Payment {
        accrualIds = List.copyOf(accrualIds);
    }
}
