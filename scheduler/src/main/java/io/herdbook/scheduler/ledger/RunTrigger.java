package io.herdbook.scheduler.ledger;

/** What put a run in the ledger. */
public enum RunTrigger {
    /** Quartz fired the job's trigger. */
    SCHEDULE,
    /** A scheduler node found the period missed (downtime) and claimed it. */
    CATCH_UP,
    /** An operator asked for a past period. */
    BACKFILL,
    /** An operator asked for a run now, outside the schedule. */
    RUN_NOW
}
