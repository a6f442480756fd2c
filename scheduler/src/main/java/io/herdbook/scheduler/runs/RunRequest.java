package io.herdbook.scheduler.runs;

import java.time.Instant;
import java.util.UUID;
import org.jobrunr.jobs.lambdas.JobRequest;

/**
 * The JobRunr job of one ledger run. Its JobRunr id is derived from (job, period, revision) — see
 * {@link #queueId} — so a second enqueue of the same run is the same job, not a second one.
 */
public record RunRequest(long runId, String jobName, Instant period, int revision) implements JobRequest {

    @Override
    public Class<RunRequestHandler> getJobRequestHandler() {
        return RunRequestHandler.class;
    }

    /** The JobRunr id of this run: a name-based UUID, the same on every node and at every enqueue. */
    public UUID queueId() {
        return queueId(jobName, period, revision);
    }

    /** How the run reads in the JobRunr dashboard (the job's name there is this text). */
    @Override
    public String toString() {
        return jobName + " for " + period + (revision > 0 ? " (revision " + revision + ")" : "");
    }

    public static UUID queueId(String jobName, Instant period, int revision) {
        return UUID.nameUUIDFromBytes(("herdbook-run|" + jobName + "|" + period + "|" + revision).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
