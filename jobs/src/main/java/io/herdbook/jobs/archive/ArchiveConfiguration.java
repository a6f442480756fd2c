package io.herdbook.jobs.archive;

import java.time.Clock;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The raw archive's settings and its retention step, which the {@code discovery} job runs after its own step. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ArchiveProperties.class)
public class ArchiveConfiguration {

    /** The retention step's stored name; renaming it needs a migration of the job repository rows. */
    public static final String RETENTION_STEP = "rawArchiveRetentionStep";

    @Bean
    Step rawArchiveRetentionStep(JobRepository repository, PlatformTransactionManager tx, ArchiveRetention rawArchiveRetention) {
        return new StepBuilder(RETENTION_STEP, repository).tasklet(rawArchiveRetention, tx).build();
    }

    /** Step-scoped: each run takes its own cutoff and batch count. */
    @Bean
    @StepScope
    ArchiveRetention rawArchiveRetention(RawArchiveStore store, ArchiveProperties settings, Clock clock) {
        return new ArchiveRetention(store, settings, clock);
    }
}
