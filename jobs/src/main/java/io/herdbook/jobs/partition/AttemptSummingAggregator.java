package io.herdbook.jobs.partition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.LongFunction;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Aggregates partitions into their manager summing the counts of <em>every attempt</em> of each partition in
 * the manager's job execution, not only the last one: a retry is a new step execution that resumes after the
 * last committed chunk, so the work of a partition is spread over its attempts. Status and exit status come
 * from the executions handed in (the latest attempt of each partition), so a partition that failed once and
 * then completed leaves the manager COMPLETED.
 *
 * <p>Counts of an earlier job execution (before a restart) are not added: like an unpartitioned step, a
 * restarted manager reports the work of its own run.
 */
public final class AttemptSummingAggregator implements StepExecutionAggregator {

    private final LongFunction<Collection<StepExecution>> stepExecutionsOfJobExecution;

    /** An aggregator reading the attempts from the job repository. */
    public AttemptSummingAggregator(JobRepository repository) {
        this(jobExecutionId -> {
            JobExecution execution = repository.getJobExecution(jobExecutionId);
            return execution == null ? List.of() : execution.getStepExecutions();
        });
    }

    /** An aggregator reading the step executions of a job execution (by its id) from the given function. */
    public AttemptSummingAggregator(LongFunction<Collection<StepExecution>> stepExecutionsOfJobExecution) {
        this.stepExecutionsOfJobExecution = stepExecutionsOfJobExecution;
    }

    @Override
    public void aggregate(StepExecution manager, Collection<StepExecution> latestAttempts) {
        if (latestAttempts == null || latestAttempts.isEmpty()) {
            return;
        }
        manager.getExecutionContext().putString(PartitionKeys.MANAGER, "true");
        Collection<StepExecution> stored = stepExecutionsOfJobExecution.apply(manager.getJobExecutionId());
        for (StepExecution latest : latestAttempts) {
            manager.setStatus(BatchStatus.max(manager.getStatus(), latest.getStatus()));
            manager.setExitStatus(manager.getExitStatus().and(latest.getExitStatus()));
            attemptsOf(latest, stored).forEach(attempt -> addCounts(manager, attempt));
        }
    }

    /** Every stored attempt of the latest one's partition, with the latest itself as handed in (it may be newer than the store). */
    private static List<StepExecution> attemptsOf(StepExecution latest, Collection<StepExecution> stored) {
        List<StepExecution> attempts = new ArrayList<>();
        for (StepExecution candidate : stored) {
            if (candidate.getStepName().equals(latest.getStepName()) && candidate.getId() != latest.getId()) {
                attempts.add(candidate);
            }
        }
        attempts.add(latest);
        return attempts;
    }

    private static void addCounts(StepExecution total, StepExecution attempt) {
        total.setReadCount(total.getReadCount() + attempt.getReadCount());
        total.setWriteCount(total.getWriteCount() + attempt.getWriteCount());
        total.setFilterCount(total.getFilterCount() + attempt.getFilterCount());
        total.setReadSkipCount(total.getReadSkipCount() + attempt.getReadSkipCount());
        total.setProcessSkipCount(total.getProcessSkipCount() + attempt.getProcessSkipCount());
        total.setWriteSkipCount(total.getWriteSkipCount() + attempt.getWriteSkipCount());
        total.setCommitCount(total.getCommitCount() + attempt.getCommitCount());
        total.setRollbackCount(total.getRollbackCount() + attempt.getRollbackCount());
    }
}
