package io.herdbook.scheduler.partition;

import io.herdbook.jobs.partition.PartitionKeys;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.scheduling.JobBuilder;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.jobrunr.storage.JobNotFoundException;
import org.jobrunr.storage.StorageProvider;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.step.StepExecution;

/**
 * Runs a manager step's partitions as JobRunr jobs: splits, enqueues one job per partition (id from the partition's
 * step execution, so enqueuing again is a no-op), waits until each job's JobRunr state is final, and returns each
 * partition's latest attempt.
 *
 * <p>Why JobRunr's state and not Spring Batch's: between two attempts a partition's step execution reads FAILED just
 * as after its last one; only SUCCEEDED, FAILED (retries used up) or DELETED tell the end from a retry to come.
 * A partition whose job ended without completing it (deleted, or a worker that died on its last try) is marked FAILED
 * here, so the run ends FAILED and a restart picks the partition up from its last committed chunk.
 */
final class JobRunrPartitionHandler implements PartitionHandler {

    private static final Set<StateName> FINAL = EnumSet.of(StateName.SUCCEEDED, StateName.FAILED, StateName.DELETED);

    /** Batch states a restart knows what to do with (UNKNOWN it refuses, STARTED it takes for still running). */
    private static final Set<BatchStatus> ENDED = EnumSet.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);

    private final String workerStep;
    private final int gridSize;
    private final int retries;
    private final Duration pollInterval;
    private final JobRequestScheduler scheduler;
    private final StorageProvider storage;
    private final PartitionAttempts attempts;

    JobRunrPartitionHandler(String workerStep, int gridSize, int retries, Duration pollInterval,
                            JobRequestScheduler scheduler, StorageProvider storage, PartitionAttempts attempts) {
        this.workerStep = workerStep;
        this.gridSize = gridSize;
        this.retries = retries;
        this.pollInterval = pollInterval;
        this.scheduler = scheduler;
        this.storage = storage;
        this.attempts = attempts;
    }

    @Override
    public Collection<StepExecution> handle(StepExecutionSplitter splitter, StepExecution manager) throws Exception {
        List<StepExecution> partitions = new ArrayList<>(splitter.split(manager, gridSize));
        partitions.sort(Comparator.comparing(StepExecution::getStepName));
        Map<UUID, String> open = new LinkedHashMap<>();
        for (StepExecution partition : partitions) {
            PartitionRequest request = new PartitionRequest(manager.getJobExecutionId(), partition.getId(), workerStep);
            scheduler.create(JobBuilder.aJob().withId(request.jobId()).withName(request.toString())
                    .withAmountOfRetries(retries).withJobRequest(request));
            open.put(request.jobId(), partition.getStepName());
        }
        long items = partitions.stream().mapToLong(p -> p.getExecutionContext().getLong(PartitionKeys.ITEMS, 0L)).sum();
        ManagerProgress progress = ManagerProgress.start(manager.getStepName(), partitions.size(), items);
        awaitFinalStates(open, manager.getJobExecutionId(), progress);
        return latestAttempts(manager.getJobExecutionId(), partitions);
    }

    private void awaitFinalStates(Map<UUID, String> open, long jobExecutionId, ManagerProgress progress) throws InterruptedException {
        List<String> names = List.copyOf(open.values());
        while (!open.isEmpty()) {
            open.entrySet().removeIf(job -> {
                StateName state = stateOf(job.getKey());
                if (!FINAL.contains(state)) {
                    return false;
                }
                progress.partitionEnded(job.getValue(), state);
                return true;
            });
            if (progress.showsItems()) {
                JobExecution run = attempts.jobExecution(jobExecutionId);
                progress.itemsDone(names.stream().mapToLong(name -> PartitionWorker.itemsDone(PartitionAttempts.of(run, name))).sum());
            }
            if (!open.isEmpty()) {
                Thread.sleep(pollInterval);
            }
        }
    }

    private StateName stateOf(UUID jobId) {
        try {
            return storage.getJobById(jobId).getState();
        } catch (JobNotFoundException e) {
            // Deleted for good (an operator, or JobRunr's clean-up of very old jobs): it will not run again.
            return StateName.DELETED;
        }
    }

    private List<StepExecution> latestAttempts(long jobExecutionId, List<StepExecution> partitions) {
        JobExecution run = attempts.jobExecution(jobExecutionId);
        List<StepExecution> latest = new ArrayList<>();
        for (StepExecution partition : partitions) {
            StepExecution attempt = PartitionAttempts.latest(run, partition.getStepName());
            if (!ENDED.contains(attempt.getStatus())) {
                attempts.markFailed(attempt, "its JobRunr job ended without completing it (last state " + attempt.getStatus() + ")");
            }
            latest.add(attempt);
        }
        return latest;
    }
}
