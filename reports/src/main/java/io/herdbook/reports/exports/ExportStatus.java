package io.herdbook.reports.exports;

/**
 * Where a recorded export is: QUEUED (waiting for a worker, or for a retry after a failed attempt) → RUNNING →
 * SUCCEEDED (its file can be downloaded) or FAILED (its message says why; after the queue's last attempt).
 */
public enum ExportStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED
}
