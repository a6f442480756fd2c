package io.herdbook.scheduler.partition;

import io.herdbook.jobs.partition.CommittedChunk;
import io.herdbook.jobs.partition.PartitionProgress;
import io.herdbook.jobs.partition.StepNotes;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.jobrunr.jobs.context.JobContext;
import org.jobrunr.jobs.context.JobDashboardProgressBar;
import org.jobrunr.server.runner.ThreadLocalJobContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * The dashboard of a step that is not partitioned (goal-evaluation's): it runs on the thread of the JobRunr job that
 * launched its run, so each committed chunk adds a job log line (the step's own words, from {@link StepNotes}, when
 * it left some) and moves a progress bar over the total it announced. Partition steps are
 * {@link JobRunrPartitionProgress}'s; a step outside any JobRunr job (a test, the CLI) is left alone.
 */
@Component
class JobRunrStepProgress implements PartitionProgress {

    private final PartitionRuns partitions;
    // One bar per step execution while it runs; dropped once full, so the map stays as small as the running steps.
    private final Map<Long, JobDashboardProgressBar> bars = new ConcurrentHashMap<>();

    JobRunrStepProgress(PartitionRuns partitions) {
        this.partitions = partitions;
    }

    @Override
    public void committed(CommittedChunk chunk) {
        StepExecution step = chunk.attempt();
        if (partitions.of(step.getId()).isPresent() || !ThreadLocalJobContext.hasJobContext()) {
            return;
        }
        JobContext context = ThreadLocalJobContext.getJobContext();
        String note = StepNotes.lastChunk(step);
        context.logger().info(step.getStepName() + " " + chunk.describe() + (note == null ? "" : ": " + note));
        OptionalLong total = StepNotes.total(step);
        if (total.isEmpty() || total.getAsLong() <= 0) {
            return;
        }
        JobDashboardProgressBar bar = bars.computeIfAbsent(step.getId(), id -> context.progressBar(total.getAsLong()));
        long done = Math.min(step.getReadCount() + step.getReadSkipCount(), total.getAsLong());
        bar.setProgress(done);
        if (done >= total.getAsLong()) {
            bars.remove(step.getId());
        }
    }
}
