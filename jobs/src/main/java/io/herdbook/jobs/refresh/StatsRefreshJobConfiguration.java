package io.herdbook.jobs.refresh;

import io.herdbook.jobs.JobsProperties;
import io.herdbook.jobs.archive.RawArchiveStore;
import io.herdbook.jobs.partition.CreatorHashSlice;
import io.herdbook.jobs.partition.PartitionedSteps;
import io.herdbook.jobs.platform.PostKind;
import io.herdbook.jobs.source.PlatformSource;
import io.herdbook.jobs.tracking.FetchAttemptStore;
import io.herdbook.jobs.tracking.StatsStore;
import io.herdbook.jobs.tracking.TrackedPost;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
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
     * The tracked posts of active creators. A derived table, so the paging provider's "id > ?" is not ambiguous
     * across the join; it also names the creator id column the partitions filter on. {@code latest_views} (the
     * last good snapshot's views) lets {@link PostRefresh} refuse an all-zero page of a post that had views.
     */
    private static final String TRACKED_POSTS = """
            FROM (SELECT p.id, p.organisation_id, p.creator_id, c.handle, p.platform_post_id, p.kind,
                         latest.views AS latest_views
                    FROM posts p JOIN creators c ON c.id = p.creator_id AND c.organisation_id = p.organisation_id
                    LEFT JOIN post_stats_latest latest ON latest.post_id = p.id AND latest.organisation_id = p.organisation_id
                   WHERE p.tracked AND c.status = 'ACTIVE') AS tracked_posts""";

    @Bean
    Step statsRefreshStep(PartitionedSteps partitions, Step statsRefreshWorkerStep) {
        return partitions.manager("statsRefreshStep", statsRefreshWorkerStep, "SELECT creator_id " + TRACKED_POSTS);
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
    JdbcPagingItemReader<TrackedPost> refreshPostReader(DataSource dataSource, JobsProperties properties,
                                                        @Value("#{stepExecution}") StepExecution partition) throws Exception {
        CreatorHashSlice slice = CreatorHashSlice.of(partition);
        return new JdbcPagingItemReaderBuilder<TrackedPost>()
                .name("refreshPostReader")
                .dataSource(dataSource)
                .selectClause("SELECT id, organisation_id, creator_id, handle, platform_post_id, kind, latest_views")
                .fromClause(TRACKED_POSTS)
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
    RefreshWriter refreshWriter(StatsStore stats, FetchAttemptStore attempts, RawArchiveStore archive, Clock clock,
                                @Value("#{jobParameters['slot']}") String slot) {
        return new RefreshWriter(stats, attempts, archive, clock, Instant.parse(slot));
    }
}
