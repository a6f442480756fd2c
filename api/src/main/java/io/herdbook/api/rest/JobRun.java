package io.herdbook.api.rest;

import io.herdbook.scheduler.ledger.Run;
import io.herdbook.scheduler.ledger.RunStatus;
import io.herdbook.scheduler.ledger.RunTrigger;
import java.time.Instant;
import java.util.UUID;

/**
 * One run of the ledger as the API shows it: what ran for which period (and revision), why, where, how
 * far it got. The API's own record, so the ledger can change without changing this contract.
 */
public record JobRun(long id, String jobName, Instant period, int revision, RunTrigger trigger, RunStatus status,
                     Instant scheduledAt, Instant queuedAt, Instant startedAt, Instant finishedAt, String node, int attempts,
                     long readCount, long writeCount, long skipCount, UUID queueJobId, String message) {

    static JobRun of(Run run) {
        return new JobRun(run.id(), run.jobName(), run.period(), run.revision(), run.trigger(), run.status(), run.scheduledAt(),
                run.queuedAt(), run.startedAt(), run.finishedAt(), run.node(), run.attempts(), run.readCount(), run.writeCount(),
                run.skipCount(), run.jobRunrJobId(), run.message());
    }
}
