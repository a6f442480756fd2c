package io.herdbook.jobs.partition;

import io.herdbook.jobs.JobsProperties;
import java.util.List;
import java.util.function.Function;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Builds partitioned jobs in a couple of lines. A job defines a worker step bean (a chunked step whose
 * step-scoped reader keeps its {@link CreatorHashSlice}, with {@link #progressListener()} registered) and its
 * manager step:
 *
 * <pre>{@code
 * @Bean Step xxxStep(PartitionedSteps partitions, Step xxxWorkerStep) {
 *     return partitions.manager("xxxStep", xxxWorkerStep, "SELECT creator_id FROM ...");
 * }
 * }</pre>
 *
 * The manager cuts the work into {@code herdbook.partitions.count} partitions, runs them where the
 * {@link PartitionDispatch} says, and sums every attempt of every partition into its own counts.
 */
public final class PartitionedSteps {

    private final JobRepository repository;
    private final JdbcTemplate jdbc;
    private final PartitionDispatch dispatch;
    private final JobsProperties.Partitions settings;
    private final ChunkProgressListener progressListener;

    public PartitionedSteps(JobRepository repository, JdbcTemplate jdbc, PartitionDispatch dispatch,
                            JobsProperties.Partitions settings, List<PartitionProgress> observers) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.dispatch = dispatch;
        this.settings = settings;
        this.progressListener = new ChunkProgressListener(List.copyOf(observers));
    }

    /**
     * The manager step of a partitioned job.
     *
     * @param name          the manager step's stored name
     * @param worker        the worker step bean; partitions are named {@code <worker name>:partition<i>}
     * @param creatorIdsSql a SELECT with a {@code creator_id} column, one row per item of work, to count each partition's items
     */
    public Step manager(String name, Step worker, String creatorIdsSql) {
        return manager(name, worker, parameters -> creatorIdsSql);
    }

    /**
     * The manager step of a partitioned job whose work depends on the run, such as the posts due at its slot.
     *
     * @param creatorIdsSql the SELECT of {@link #manager(String, Step, String)} for the running job's parameters
     */
    public Step manager(String name, Step worker, Function<JobParameters, String> creatorIdsSql) {
        return new StepBuilder(name, repository)
                .partitioner(worker.getName(), new CreatorHashPartitioner(jdbc, creatorIdsSql))
                .step(worker)
                .partitionHandler(dispatch.handlerFor(worker, settings.count()))
                .aggregator(new AttemptSummingAggregator(repository))
                .build();
    }

    /** The listener a worker step registers so its committed chunks reach the {@link PartitionProgress} beans. */
    public ItemWriteListener<Object> progressListener() {
        return progressListener;
    }
}
