package io.herdbook.jobs.reconcile;

import io.herdbook.jobs.archive.RawArchiveStore;
import io.herdbook.jobs.partition.PartitionedSteps;
import io.herdbook.jobs.source.PlatformSource;
import io.herdbook.jobs.tracking.FetchAttemptStore;
import io.herdbook.jobs.tracking.PostStore;
import java.time.Clock;
import java.time.Instant;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code deep-reconcile} job: one step, not partitioned, walking the due creators one after the other (one
 * creator per chunk) within one fetch budget for the whole run. Not partitioned on purpose: partitions running at
 * once would have to share the budget through the database to keep it exact, and one run's budget is small enough
 * for one thread. See README.md beside this class.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReconcileProperties.class)
public class DeepReconcileJobConfiguration {

    /** The job's stored name; renaming it needs a migration of the job repository rows. */
    public static final String JOB_NAME = "deep-reconcile";

    @Bean
    Job deepReconcileJob(JobRepository repository, Step deepReconcileStep) {
        return new JobBuilder(JOB_NAME, repository).start(deepReconcileStep).build();
    }

    @Bean
    Step deepReconcileStep(JobRepository repository, PlatformTransactionManager tx, DueCreators deepReconcileReader,
                           CreatorWalk deepReconcileProcessor, WalkWriter deepReconcileWriter, PartitionedSteps partitions) {
        return new StepBuilder("deepReconcileStep", repository)
                .<DueCreator, WalkResult>chunk(1)
                .transactionManager(tx)
                .reader(deepReconcileReader)
                .processor(deepReconcileProcessor)
                .writer(deepReconcileWriter)
                .listener(partitions.progressListener())
                .build();
    }

    /** The run's budget, shared by the reader and the walk of one step execution. */
    @Bean
    @StepScope
    FetchBudget deepReconcileBudget(ReconcileProperties properties) {
        return new FetchBudget(properties.budget());
    }

    @Bean
    @StepScope
    DueCreators deepReconcileReader(DeepScanStore scans, FetchBudget deepReconcileBudget, ReconcileProperties properties,
                                    @Value("#{jobParameters['slot']}") String slot) {
        return new DueCreators(scans, deepReconcileBudget, Instant.parse(slot), properties.rescanAfter());
    }

    @Bean
    @StepScope
    CreatorWalk deepReconcileProcessor(PlatformSource source, PostStore posts, FetchBudget deepReconcileBudget,
                                       ReconcileProperties properties, Clock clock, @Value("#{jobParameters['slot']}") String slot) {
        return new CreatorWalk(source, posts, deepReconcileBudget, properties.pageSize(), clock, Instant.parse(slot));
    }

    @Bean
    @StepScope
    WalkWriter deepReconcileWriter(PostStore posts, FetchAttemptStore attempts, RawArchiveStore archive, DeepScanStore scans, Clock clock,
                                   @Value("#{jobParameters['slot']}") String slot) {
        return new WalkWriter(posts, attempts, archive, scans, clock, Instant.parse(slot));
    }
}
