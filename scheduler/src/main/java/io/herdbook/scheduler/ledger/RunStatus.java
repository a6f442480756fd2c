package io.herdbook.scheduler.ledger;

/** Where a run of the ledger stands. */
public enum RunStatus {
    /** Claimed and handed to the queue, waiting for a worker: a first time, or for a retry after a failed attempt (its message says). */
    QUEUED,
    /** A worker is running it (or was, until it died: the queue hands it on). */
    STARTED,
    COMPLETED,
    /** The last attempt failed, retries used up; a backfill of the period runs it again from its last committed chunk. */
    FAILED,
    /** Never run: missed while no scheduler ran, superseded by a later period, or older than the catch-up horizon. */
    SKIPPED;

    /** Whether the run is still in the queue's hands. */
    public boolean isOpen() {
        return this == QUEUED || this == STARTED;
    }
}
