package io.herdbook.jobs.lifecycle;

/** Why the failure policy disabled a creator ({@code creators.disabled_reason}); renaming a constant needs a migration. */
public enum DisabledReason {
    /** The streak's latest word about the account was "not found" (10221, 10202, 404). */
    ACCOUNT_DELETED,
    /** The streak's latest word about the account was "private" (10222). */
    ACCOUNT_PRIVATE,
    /** The account never answered: time-outs, 5xx, unreadable pages. */
    UNREACHABLE
}
