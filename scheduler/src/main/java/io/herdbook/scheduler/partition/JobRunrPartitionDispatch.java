package io.herdbook.scheduler.partition;

import io.herdbook.jobs.JobsProperties;
import io.herdbook.jobs.partition.PartitionDispatch;
import java.time.Clock;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.jobrunr.storage.StorageProvider;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The dispatch of {@code herdbook.partitions.dispatch=jobrunr}: each partition is a JobRunr job that any node with a
 * background job server may take, retried {@code herdbook.partitions.retries} times with JobRunr's back-off.
 */
@Component
@ConditionalOnProperty(name = "herdbook.partitions.dispatch", havingValue = JobsProperties.Partitions.JOBRUNR)
class JobRunrPartitionDispatch implements PartitionDispatch {

    private final JobRequestScheduler scheduler;
    private final StorageProvider storage;
    private final PartitionAttempts attempts;
    private final JobsProperties.Partitions settings;

    JobRunrPartitionDispatch(JobRequestScheduler scheduler, StorageProvider storage, JobRepository repository, Clock clock,
                             JobsProperties properties) {
        this.scheduler = scheduler;
        this.storage = storage;
        this.attempts = new PartitionAttempts(repository, clock);
        this.settings = properties.partitions();
    }

    @Override
    public PartitionHandler handlerFor(Step worker, int gridSize) {
        return new JobRunrPartitionHandler(worker.getName(), gridSize, settings.retries(), settings.pollInterval(),
                scheduler, storage, attempts);
    }
}
