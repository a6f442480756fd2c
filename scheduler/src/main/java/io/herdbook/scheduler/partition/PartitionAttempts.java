package io.herdbook.scheduler.partition;

import io.herdbook.jobs.partition.PartitionKeys;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The attempts of a partition: the step executions of one name within one job execution, oldest first. A
 * FAILED, STOPPED or orphaned step execution is never executed again; each retry is a new step execution that
 * carries on from the last one's execution context (so its reader resumes after the last committed chunk).
 */
final class PartitionAttempts {

    /** Starts {@link ExitStatus#getExitDescription()} of an attempt another node found left running. */
    static final String ORPHANED = "orphaned";

    private final JobRepository repository;
    private final Clock clock;

    PartitionAttempts(JobRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The job execution of a request, with all its step executions and their contexts. */
    JobExecution jobExecution(long jobExecutionId) {
        JobExecution execution = repository.getJobExecution(jobExecutionId);
        if (execution == null) {
            throw new IllegalStateException("job execution " + jobExecutionId + " is not in the job repository");
        }
        return execution;
    }

    /** The stored name of the partition a request names. */
    String partitionName(JobExecution job, long stepExecutionId) {
        return job.getStepExecutions().stream().filter(step -> step.getId() == stepExecutionId).findFirst()
                .map(StepExecution::getStepName)
                .orElseThrow(() -> new IllegalStateException("step execution " + stepExecutionId + " is not part of job execution " + job.getId()));
    }

    /** Every attempt of the partition, oldest first. */
    static List<StepExecution> of(JobExecution job, String partitionName) {
        return job.getStepExecutions().stream().filter(step -> step.getStepName().equals(partitionName))
                .sorted(Comparator.comparingLong(StepExecution::getId)).toList();
    }

    static StepExecution latest(JobExecution job, String partitionName) {
        return of(job, partitionName).getLast();
    }

    /**
     * The attempt to execute now on {@code node}, or empty when the partition is done (COMPLETED, or ABANDONED by an
     * operator). A fresh step execution from the splitter is used as it is; one left running (STARTED, STOPPING, or
     * UNKNOWN when its worker could not record its end) belongs to a worker that died and is first marked FAILED,
     * which also stops that worker at its next chunk if it was only paused (its version no longer matches).
     */
    Optional<StepExecution> next(JobExecution job, String partitionName, String node) {
        List<StepExecution> attempts = of(job, partitionName);
        StepExecution latest = attempts.getLast();
        BatchStatus status = latest.getStatus();
        if (status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED) {
            return Optional.empty();
        }
        StepExecution attempt = latest;
        if (status != BatchStatus.STARTING) {
            if (status.isRunning() || status == BatchStatus.UNKNOWN) {
                markFailed(latest, ORPHANED + ": left " + status + " by node " + latest.getExecutionContext().getString(PartitionKeys.NODE, "?")
                        + ", taken over by node " + node);
            }
            attempt = repository.createStepExecution(partitionName, job);
            attempt.setExecutionContext(new ExecutionContext(latest.getExecutionContext()));
        }
        attempt.getExecutionContext().putInt(PartitionKeys.ATTEMPT, attempts.size() + (attempt == latest ? 0 : 1));
        attempt.getExecutionContext().putString(PartitionKeys.NODE, node);
        repository.updateExecutionContext(attempt);
        return Optional.of(attempt);
    }

    /** Ends an attempt that nobody runs any more as FAILED, so a restart may pick the partition up again. */
    void markFailed(StepExecution attempt, String why) {
        attempt.setStatus(BatchStatus.FAILED);
        attempt.setExitStatus(ExitStatus.FAILED.addExitDescription(why));
        // Spring Batch stamps its times in the JVM's zone.
        attempt.setEndTime(LocalDateTime.ofInstant(clock.instant(), ZoneId.systemDefault()));
        repository.update(attempt);
    }
}
