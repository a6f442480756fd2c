package io.herdbook.scheduler.ledger;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of the run ledger: a job's run for one period (and revision), from the moment it was claimed.
 *
 * @param revision 0 for the period's own run; a forced backfill of a completed period adds 1
 * @param node     the node that last worked on it
 * @param attempts how many times a worker started it (retries and hand-overs after a dead node included)
 */
public record Run(long id, String jobName, Instant period, int revision, RunTrigger trigger, RunStatus status,
                  Instant scheduledAt, Instant queuedAt, Instant startedAt, Instant finishedAt, String node, int attempts,
                  long readCount, long writeCount, long skipCount, UUID jobRunrJobId, Long batchInstanceId,
                  Long batchExecutionId, String message) {
}
