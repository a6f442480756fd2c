package io.herdbook.jobs.placeholder;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * One Spring Batch job per {@link PlaceholderJob}: a single tasklet step that logs and finishes.
 * Like the real jobs they have no incrementer, so the {@code slot} parameter alone identifies a run.
 * See README.md beside this class.
 */
@Configuration(proxyBeanMethods = false)
public class PlaceholderJobsConfiguration {

    @Bean
    Job healthCheckJob(JobRepository repository, PlatformTransactionManager tx) {
        return placeholder(PlaceholderJob.HEALTH_CHECK, repository, tx);
    }

    @Bean
    Job anomalyCheckJob(JobRepository repository, PlatformTransactionManager tx) {
        return placeholder(PlaceholderJob.ANOMALY_CHECK, repository, tx);
    }

    @Bean
    Job dailyDigestJob(JobRepository repository, PlatformTransactionManager tx) {
        return placeholder(PlaceholderJob.DAILY_DIGEST, repository, tx);
    }

    @Bean
    Job videoExpiryJob(JobRepository repository, PlatformTransactionManager tx) {
        return placeholder(PlaceholderJob.VIDEO_EXPIRY, repository, tx);
    }

    private static Job placeholder(PlaceholderJob job, JobRepository repository, PlatformTransactionManager tx) {
        return new JobBuilder(job.jobName(), repository)
                .start(new StepBuilder(job.stepName(), repository).tasklet(new PlaceholderTasklet(job), tx).build())
                .build();
    }
}
