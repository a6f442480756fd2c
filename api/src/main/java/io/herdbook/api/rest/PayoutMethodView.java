package io.herdbook.api.rest;

import io.herdbook.jobs.payouts.PayoutMethod;
import io.herdbook.jobs.payouts.PayoutMethodKind;
import java.time.Instant;

/** A payout method as the API shows it. */
record PayoutMethodView(long id, long creatorId, PayoutMethodKind kind, String details, boolean isDefault, Instant archivedAt,
                        Instant createdAt) {

    static PayoutMethodView of(PayoutMethod m) {
        return new PayoutMethodView(m.id(), m.creatorId(), m.kind(), m.details(), m.isDefault(), m.archivedAt(), m.createdAt());
    }
}
