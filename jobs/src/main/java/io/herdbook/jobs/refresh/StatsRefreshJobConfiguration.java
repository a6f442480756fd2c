package io.herdbook.jobs.refresh;

import io.herdbook.jobs.JobsProperties;
import io.herdbook.jobs.archive.RawArchiveStore;
import io.herdbook.jobs.partition.CreatorHashSlice;
import io.herdbook.jobs.partition.PartitionedSteps;
import io.herdbook.jobs.platform.PostKind;
import io.herdbook.jobs.source.PlatformSource;
import io.herdbook.jobs.tracking.FetchAttemptStore;
import io.herdbook.jobs.tracking.PostStore;
import io.herdbook.jobs.tracking.StatsStore;
import io.herdbook.jobs.tracking.TrackedPost;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.VirtualThreadTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code stats-refresh} job: a manager step cutting the tracked posts into partitions by their creator's id
 * hash, over a chunked worker step per partition. See README.md beside this class.
 */
@Configuration(proxyBeanMethods = false)
public class StatsRefreshJobConfiguration {

    /** The job's stored name; renaming it needs a migration of the job repository rows. */
    public static final String JOB_NAME = "stats-refresh";

    @Bean
    Job statsRefreshJob(JobRepository repository, Step statsRefreshStep) {
        return new JobBuilder(JOB_NAME, repository).start(statsRefreshStep).build();
    }

    /**
     * The posts due at the run's slot ({@link DuePosts}): the manager counts them to cut the partitions, each
     * partition's reader pages through its share. A derived table, so the paging provider's "id > ?" is not ambiguous
     * across the joins; it also names the creator id column the partitions filter on. {@code latest_views} (the last
     * good snapshot's views) lets {@link PostRefresh} refuse an all-zero page of a post that had views.
     */
    @Bean
    Step statsRefreshStep(PartitionedSteps partitions, Step statsRefreshWorkerStep, RefreshCadence cadence) {
        return partitions.manager("statsRefreshStep", statsRefreshWorkerStep,
                parameters -> "SELECT creator_id " + DuePosts.fromClause(cadence, slot(parameters)));
    }

    private static Instant slot(JobParameters parameters) {
        String slot = parameters.getString("slot");
        if (slot == null) {
            throw new IllegalStateException(JOB_NAME + " runs for a slot: its job parameters name none");
        }
        return Instant.parse(slot);
    }

    @Bean
    Step statsRefreshWorkerStep(JobRepository repository, PlatformTransactionManager tx, JdbcPagingItemReader<TrackedPost> refreshPostReader,
                                PostRefresh refreshProcessor, RefreshWriter refreshWriter, JobsProperties properties,
                                PartitionedSteps partitions) {
        return new StepBuilder("statsRefreshWorkerStep", repository)
                .<TrackedPost, RefreshResult>chunk(properties.refresh().chunkSize())
                .transactionManager(tx)
                .reader(refreshPostReader)
                .processor(refreshProcessor)
                .writer(refreshWriter)
                // Each post page of a chunk is fetched on its own virtual thread.
                .taskExecutor(new VirtualThreadTaskExecutor("stats-refresh-"))
                .listener(partitions.progressListener())
                .build();
    }

    @Bean
    @StepScope
    JdbcPagingItemReader<TrackedPost> refreshPostReader(DataSource dataSource, JobsProperties properties, RefreshCadence cadence,
                                                        @Value("#{stepExecution}") StepExecution partition,
                                                        @Value("#{jobParameters['slot']}") String slot) throws Exception {
        CreatorHashSlice slice = CreatorHashSlice.of(partition);
        return new JdbcPagingItemReaderBuilder<TrackedPost>()
                .name("refreshPostReader")
                .dataSource(dataSource)
                .selectClause("SELECT id, organisation_id, creator_id, handle, platform_post_id, kind, latest_views")
                .fromClause(DuePosts.fromClause(cadence, Instant.parse(slot)))
                .whereClause("WHERE " + slice.where("creator_id"))
                .parameterValues(slice.parameters())
                .sortKeys(Map.of("id", Order.ASCENDING))
                .pageSize(properties.refresh().chunkSize())
                .rowMapper((rs, i) -> new TrackedPost(rs.getLong("id"), rs.getLong("organisation_id"), rs.getLong("creator_id"),
                        rs.getString("handle"), rs.getString("platform_post_id"), PostKind.valueOf(rs.getString("kind")),
                        rs.getObject("latest_views", Long.class)))
                .build();
    }

    @Bean
    @StepScope
    PostRefresh refreshProcessor(PlatformSource source, Clock clock, @Value("#{jobParameters['slot']}") String slot) {
        return new PostRefresh(source, clock, Instant.parse(slot));
    }

    @Bean
    @StepScope
    RefreshWriter refreshWriter(StatsStore stats, PostStore posts, FetchAttemptStore attempts, RawArchiveStore archive,
                                Clock clock, @Value("#{jobParameters['slot']}") String slot) {
        return new RefreshWriter(stats, posts, attempts, archive, clock, Instant.parse(slot));
    }
}
