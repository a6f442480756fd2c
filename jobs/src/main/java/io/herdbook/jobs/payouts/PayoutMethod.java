package io.herdbook.jobs.payouts;

import java.time.Instant;

/**
 * Where a creator wants to be paid.
 *
 * @param details    what an operator reads (an e-mail, an account's last digits); never a full account number
 * @param archivedAt null while in use; an archived method stays for the payments that name it
 */
public record PayoutMethod(long id, long creatorId, PayoutMethodKind kind, String details, boolean isDefault,
                           Instant archivedAt, Instant createdAt) {
}
