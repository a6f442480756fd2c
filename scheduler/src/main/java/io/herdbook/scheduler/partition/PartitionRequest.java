package io.herdbook.scheduler.partition;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jobrunr.jobs.lambdas.JobRequest;

/**
 * One partition of a Spring Batch run, as a JobRunr job's argument (stored as JSON: keep the fields stable).
 *
 * @param jobExecutionId  the run's job execution
 * @param stepExecutionId the partition's first step execution in that run, as the splitter created it; retries are
 *                        later step executions of the same name
 * @param workerStep      the name of the worker step bean that runs it
 */
public record PartitionRequest(long jobExecutionId, long stepExecutionId, String workerStep) implements JobRequest {

    @Override
    public Class<PartitionWorker> getJobRequestHandler() {
        return PartitionWorker.class;
    }

    /** The JobRunr job id: derived from the step execution, so enqueuing the same partition twice is a no-op. */
    public UUID jobId() {
        return jobIdOf(stepExecutionId);
    }

    /** The JobRunr id of the partition whose first step execution is {@code stepExecutionId}. */
    public static UUID jobIdOf(long stepExecutionId) {
        return UUID.nameUUIDFromBytes(("herdbook-partition:" + stepExecutionId).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return workerStep + " partition (job execution " + jobExecutionId + ", step execution " + stepExecutionId + ")";
    }
}
