package io.herdbook.jobs.partition;

import io.herdbook.jobs.JobsProperties;
import java.util.List;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The partitioning beans; the dispatch is local unless {@code herdbook.partitions.dispatch} names another. */
@Configuration(proxyBeanMethods = false)
public class PartitionConfiguration {

    @Bean
    @ConditionalOnProperty(name = "herdbook.partitions.dispatch", havingValue = "local", matchIfMissing = true)
    PartitionDispatch localPartitionDispatch() {
        return new LocalPartitionDispatch();
    }

    @Bean
    PartitionedSteps partitionedSteps(JobRepository repository, JdbcTemplate jdbc, PartitionDispatch dispatch,
                                      JobsProperties properties, List<PartitionProgress> observers) {
        return new PartitionedSteps(repository, jdbc, dispatch, properties.partitions(), observers);
    }
}
