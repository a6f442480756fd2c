package io.herdbook.api.rest;

import io.herdbook.scheduler.control.Backfills;
import java.time.Instant;

/**
 * What became of one period of a backfill.
 *
 * @param queued  whether this request queued it (a worker runs it)
 * @param run     its run in the ledger: the one queued, or the one that refused it; null if none
 * @param message why, in words ("queued", "already completed (run 12); force it …")
 */
public record BackfillOutcome(Instant period, boolean queued, JobRun run, String message) {

    static BackfillOutcome of(Backfills.PeriodOutcome outcome) {
        return new BackfillOutcome(outcome.period(), outcome.queued(), outcome.run().map(JobRun::of).orElse(null), outcome.message());
    }
}
