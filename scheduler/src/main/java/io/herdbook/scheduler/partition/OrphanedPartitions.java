package io.herdbook.scheduler.partition;

import io.herdbook.jobs.JobsProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.storage.JobNotFoundException;
import org.jobrunr.storage.StorageProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Lets the partitions of a run whose manager died finish before the run is recovered.
 *
 * <p>When the node running a run's manager dies, the partitions it had queued live on: some are
 * running on other nodes, and those of the dead node are handed on by JobRunr at about the time the
 * run itself is. Recovering the run at once would mark its execution FAILED under their feet, and
 * its restart would queue those partitions a second time: the same work done twice, and counted
 * twice. So a retried run first waits until none of the old execution's partition jobs is still to
 * run; its restart then re-creates only the partitions that did not complete.
 */
@Component
public class OrphanedPartitions {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPartitions.class);
    private static final Set<StateName> STILL_TO_RUN = EnumSet.of(StateName.AWAITING, StateName.SCHEDULED, StateName.ENQUEUED, StateName.PROCESSING);

    private final JobRepository repository;
    private final StorageProvider storage;
    private final Duration poll;

    public OrphanedPartitions(JobRepository repository, StorageProvider storage, JobsProperties properties) {
        this.repository = repository;
        this.storage = storage;
        this.poll = properties.partitions().pollInterval();
    }

    /**
     * Waits, at most {@code timeout}, until no partition job of {@code execution} is still queued or
     * running; returns at once for an execution that fanned out to none.
     *
     * @return whether they all settled within the timeout
     */
    public boolean awaitSettled(JobExecution execution, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        boolean logged = false;
        while (pending(execution.getId()) > 0) {
            if (!logged) {
                log.info("job execution {} left partitions queued or running; letting them finish before recovering it", execution.getId());
                logged = true;
            }
            if (Instant.now().isAfter(deadline)) {
                log.warn("job execution {}: partitions still not settled after {}; recovering it anyway", execution.getId(), timeout);
                return false;
            }
            Thread.sleep(poll.toMillis());
        }
        return true;
    }

    private long pending(long jobExecutionId) {
        JobExecution fresh = repository.getJobExecution(jobExecutionId);
        return fresh.getStepExecutions().stream()
                .filter(step -> step.getStepName().contains(":partition"))
                .map(StepExecution::getId)
                .filter(this::stillToRun)
                .count();
    }

    private boolean stillToRun(long stepExecutionId) {
        try {
            return STILL_TO_RUN.contains(storage.getJobById(PartitionRequest.jobIdOf(stepExecutionId)).getState());
        } catch (JobNotFoundException e) {
            return false; // a retry's step execution, or a partition that never reached the queue
        }
    }
}
