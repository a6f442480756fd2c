package io.herdbook.jobs.payouts;

import java.time.Instant;
import java.util.List;

/**
 * A payment to record: these unpaid lines of this creator, paid at {@code paidAt} under {@code reference}.
 *
 * @param methodId null: not said
 */
public record NewPayment(long creatorId, List<Long> accrualIds, Long methodId, String reference, Instant paidAt) {

    public NewPayment {
        accrualIds = List.copyOf(accrualIds);
    }
}
