package io.herdbook.scheduler.ledger;

/** Where a run of the ledger stands. */
public enum RunStatus {
    /** Claimed and handed to the queue; no worker has started it yet. */
    QUEUED,
    /** A worker is running it (or was, until it died: the queue hands it on). */
    STARTED,
    COMPLETED,
    /** Retries used up; a backfill of the period runs it again from its last committed chunk. */
    FAILED,
    /** Never run: missed while no scheduler ran, superseded by a later period, or older than the catch-up horizon. */
    SKIPPED;

    /** Whether the run is still in the queue's hands. */
    public boolean isOpen() {
        return this == QUEUED || this == STARTED;
    }
}
