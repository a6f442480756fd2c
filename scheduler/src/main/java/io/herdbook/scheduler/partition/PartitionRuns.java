package io.herdbook.scheduler.partition;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jobrunr.jobs.context.JobContext;
import org.jobrunr.jobs.context.JobDashboardProgressBar;
import org.springframework.stereotype.Component;

/**
 * The JobRunr jobs running partitions on this node, by the step execution id of the attempt each runs. Progress is
 * reported from Spring Batch callbacks that know the step execution, not the JobRunr job; looking the job up by id
 * works whatever thread the callback comes on (JobRunr's own {@code ThreadLocalJobContext} holds only on the
 * worker's thread).
 */
@Component
public class PartitionRuns {

    private final Map<Long, Run> runs = new ConcurrentHashMap<>();

    /**
     * A partition attempt in progress.
     *
     * @param context     its JobRunr job's context (logger, progress bar)
     * @param progress    the job's progress bar, over the partition's items
     * @param itemsBefore items earlier attempts of the partition already got through
     */
    public record Run(JobContext context, JobDashboardProgressBar progress, long itemsBefore) {
    }

    /** Registers the run of an attempt until the returned registration is closed. */
    Registration register(long stepExecutionId, Run run) {
        runs.put(stepExecutionId, run);
        return () -> runs.remove(stepExecutionId);
    }

    /** The run of the attempt with this step execution id, if a JobRunr job on this node is running it. */
    public Optional<Run> of(long stepExecutionId) {
        return Optional.ofNullable(runs.get(stepExecutionId));
    }

    /** Ends a registration; never throws. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
