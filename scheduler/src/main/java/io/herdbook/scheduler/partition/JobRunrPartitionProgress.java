package io.herdbook.scheduler.partition;

import io.herdbook.jobs.partition.CommittedChunk;
import io.herdbook.jobs.partition.PartitionProgress;
import org.springframework.stereotype.Component;

/**
 * Shows each committed chunk of a partition in the dashboard of the JobRunr job running it: a log line
 * ("chunk n: read r, written w, skipped s") and the progress bar moved to the items the partition got through
 * over all its attempts. Chunks of partitions not run by a JobRunr job on this node (local dispatch) are left alone.
 */
@Component
class JobRunrPartitionProgress implements PartitionProgress {

    private final PartitionRuns runs;

    JobRunrPartitionProgress(PartitionRuns runs) {
        this.runs = runs;
    }

    @Override
    public void committed(CommittedChunk chunk) {
        runs.of(chunk.attempt().getId()).ifPresent(run -> {
            run.context().logger().info(chunk.describe());
            long done = run.itemsBefore() + chunk.attempt().getReadCount() + chunk.attempt().getReadSkipCount();
            run.progress().setProgress(Math.min(done, run.progress().getTotalAmount()));
        });
    }
}
