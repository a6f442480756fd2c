package io.herdbook.jobs.tracking;

/** What a {@code creator_events} row records; stored as text, so renaming a constant needs a migration. */
public enum EventKind {
    /** The failure policy disabled the creator after too many failed profile fetches in a row. */
    AUTO_DISABLED,
    /** An operator made a disabled creator active again. */
    REENABLED,
    /** An operator changed the creator's handle; the record, its posts, payouts and history stay. */
    RENAMED,
    /** Re-adding the handle of a creator whose account was gone made the old record active again. */
    REACTIVATED,
    /** A profile fetch implied another status (ACTIVE, PRIVATE, NOT_FOUND). */
    STATUS_CHANGED
}
