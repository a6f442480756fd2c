package io.herdbook.jobs.discovery;

import io.herdbook.jobs.JobsProperties;
import io.herdbook.jobs.archive.RawArchiveStore;
import io.herdbook.jobs.lifecycle.FailureAccounting;
import io.herdbook.jobs.partition.CreatorHashSlice;
import io.herdbook.jobs.partition.PartitionedSteps;
import io.herdbook.jobs.source.PlatformSource;
import io.herdbook.jobs.tracking.CreatorRef;
import io.herdbook.jobs.tracking.CreatorStore;
import io.herdbook.jobs.tracking.FetchAttemptStore;
import io.herdbook.jobs.tracking.PostStore;
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
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.VirtualThreadTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code discovery} job: a manager step cutting the creators into partitions by id hash, over a chunked
 * worker step per partition. See README.md beside this class.
 */
@Configuration(proxyBeanMethods = false)
public class DiscoveryJobConfiguration {

    /** The job's stored name; renaming it needs a migration of the job repository rows. */
    public static final String JOB_NAME = "discovery";

    /** The raw archive's retention runs after the creators, hourly with this job (see io.herdbook.jobs.archive). */
    @Bean
    Job discoveryJob(JobRepository repository, Step discoveryStep, Step discoveryFailuresStep, Step rawArchiveRetentionStep) {
        return new JobBuilder(JOB_NAME, repository).start(discoveryStep).next(discoveryFailuresStep).next(rawArchiveRetentionStep)
                .build();
    }

    /**
     * The creators discovery fetches. A NOT_FOUND one is fetched again each slot until it comes back or the failure
     * policy disables it (a missing account is often a renamed or briefly banned one); DISABLED ones cost nothing.
     */
    private static final String FETCHED = "status IN ('ACTIVE', 'PRIVATE', 'NOT_FOUND')";

    /** What the job works on, one row per creator: the reader's query, for counting each partition's items. */
    private static final String CREATORS = "FROM creators WHERE " + FETCHED;

    @Bean
    Step discoveryStep(PartitionedSteps partitions, Step discoveryWorkerStep) {
        return partitions.manager("discoveryStep", discoveryWorkerStep, "SELECT id AS creator_id " + CREATORS);
    }

    @Bean
    Step discoveryWorkerStep(JobRepository repository, PlatformTransactionManager tx, JdbcPagingItemReader<CreatorRef> discoveryCreatorReader,
                             CreatorDiscovery discoveryProcessor, DiscoveryWriter discoveryWriter, JobsProperties properties,
                             PartitionedSteps partitions) {
        return new StepBuilder("discoveryWorkerStep", repository)
                .<CreatorRef, DiscoveryResult>chunk(properties.discovery().chunkSize())
                .transactionManager(tx)
                .reader(discoveryCreatorReader)
                .processor(discoveryProcessor)
                .writer(discoveryWriter)
                // Fetching is waiting on the network: each item of a chunk on its own virtual thread,
                // so the chunk size is also how many creators are fetched at once.
                .taskExecutor(new VirtualThreadTaskExecutor("discovery-"))
                .listener(partitions.progressListener())
                .build();
    }

    @Bean
    @StepScope
    JdbcPagingItemReader<CreatorRef> discoveryCreatorReader(DataSource dataSource, JobsProperties properties,
                                                            @Value("#{stepExecution}") StepExecution partition) throws Exception {
        CreatorHashSlice slice = CreatorHashSlice.of(partition);
        return new JdbcPagingItemReaderBuilder<CreatorRef>()
                .name("discoveryCreatorReader")
                .dataSource(dataSource)
                .selectClause("SELECT " + CreatorRef.COLUMNS)
                .fromClause("FROM creators")
                .whereClause("WHERE " + FETCHED + " AND " + slice.where("id"))
                .parameterValues(slice.parameters())
                .sortKeys(Map.of("id", Order.ASCENDING))
                .pageSize(properties.discovery().chunkSize())
                .rowMapper(CreatorRef.ROWS)
                .build();
    }

    /**
     * After every partition: each creator's failure count from its own profile fetch of the slot, and the
     * auto-disable of those at the limit (see {@link FailureAccounting}). Keyed by slot, so a restart or re-run
     * of the slot counts nothing twice.
     */
    @Bean
    Step discoveryFailuresStep(JobRepository repository, PlatformTransactionManager tx, Tasklet discoveryFailuresTasklet) {
        return new StepBuilder("discoveryFailuresStep", repository).tasklet(discoveryFailuresTasklet, tx).build();
    }

    @Bean
    @StepScope
    Tasklet discoveryFailuresTasklet(FailureAccounting accounting, @Value("#{jobParameters['slot']}") String slot) {
        return (contribution, chunk) -> {
            FailureAccounting.SlotAccount account = accounting.account(Instant.parse(slot));
            var context = contribution.getStepExecution().getExecutionContext();
            context.putLong("failures.fetched", account.fetched());
            context.putLong("failures.unreached", account.unreached());
            context.putString("failures.outage", Boolean.toString(account.outage()));
            context.putInt("failures.counted", account.counted());
            context.putInt("failures.disabled", account.disabled());
            return RepeatStatus.FINISHED;
        };
    }

    @Bean
    @StepScope
    CreatorDiscovery discoveryProcessor(PlatformSource source, PostStore posts, JobsProperties properties, Clock clock,
                                        @Value("#{jobParameters['slot']}") String slot) {
        return new CreatorDiscovery(source, posts, properties.discovery(), clock, Instant.parse(slot));
    }

    @Bean
    @StepScope
    DiscoveryWriter discoveryWriter(CreatorStore creators, PostStore posts, FetchAttemptStore attempts, RawArchiveStore archive,
                                    Clock clock, @Value("#{jobParameters['slot']}") String slot) {
        return new DiscoveryWriter(creators, posts, attempts, archive, clock, Instant.parse(slot));
    }
}
