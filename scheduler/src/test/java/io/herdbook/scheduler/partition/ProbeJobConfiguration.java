package io.herdbook.scheduler.partition;

import io.herdbook.jobs.partition.CreatorHashSlice;
import io.herdbook.jobs.partition.PartitionKeys;
import io.herdbook.jobs.partition.PartitionedSteps;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A fetch-free partitioned job for the cluster test: copies {@code probe_items} into {@code probe_results} (unique by
 * item), chunks of 3, partitioned by creator id hash like the real jobs. Its faults are switched on by
 * {@code probe.failing-partitions}: the first attempt of those partitions throws while writing its second chunk.
 */
@Configuration(proxyBeanMethods = false)
class ProbeJobConfiguration {

    static final String JOB_NAME = "probe";
    static final String WORKER = "probeWorkerStep";

    @Bean
    Job probeJob(JobRepository repository, Step probeStep) {
        return new JobBuilder(JOB_NAME, repository).start(probeStep).build();
    }

    @Bean
    Step probeStep(PartitionedSteps partitions, Step probeWorkerStep) {
        return partitions.manager("probeStep", probeWorkerStep, "SELECT creator_id FROM probe_items");
    }

    @Bean
    Step probeWorkerStep(JobRepository repository, PlatformTransactionManager tx, JdbcPagingItemReader<Long> probeReader,
                         ItemWriter<Long> probeWriter, PartitionedSteps partitions, JdbcTemplate jdbc) {
        return new StepBuilder(WORKER, repository)
                .<Long, Long>chunk(3)
                .transactionManager(tx)
                .reader(probeReader)
                .writer(probeWriter)
                .listener(partitions.progressListener())
                .listener(new TwoNodeBarrier(jdbc))
                .build();
    }

    @Bean
    @StepScope
    JdbcPagingItemReader<Long> probeReader(DataSource dataSource, @Value("#{stepExecution}") StepExecution partition) throws Exception {
        CreatorHashSlice slice = CreatorHashSlice.of(partition);
        return new JdbcPagingItemReaderBuilder<Long>()
                .name("probeReader")
                .dataSource(dataSource)
                .selectClause("SELECT id")
                .fromClause("FROM probe_items")
                .whereClause("WHERE " + slice.where("creator_id"))
                .parameterValues(slice.parameters())
                .sortKeys(Map.of("id", Order.ASCENDING))
                .pageSize(3)
                .rowMapper((rs, i) -> rs.getLong("id"))
                .build();
    }

    @Bean
    @StepScope
    ItemWriter<Long> probeWriter(JdbcTemplate jdbc, @Value("#{stepExecution}") StepExecution attempt,
                                 @Value("${probe.failing-partitions:}") Set<Integer> failing) {
        return items -> {
            int attemptNumber = attempt.getExecutionContext().getInt(PartitionKeys.ATTEMPT, 1);
            int index = attempt.getExecutionContext().getInt(PartitionKeys.INDEX);
            if (attemptNumber == 1 && failing.contains(index) && attempt.getCommitCount() == 1) {
                throw new IllegalStateException("probe: injected failure in the second chunk of " + attempt.getStepName());
            }
            String node = attempt.getExecutionContext().getString(PartitionKeys.NODE, "local");
            for (Long item : items) {
                jdbc.update("INSERT INTO probe_results (item_id, partition_name, node, attempt) VALUES (?, ?, ?, ?)",
                        item, attempt.getStepName(), node, attemptNumber);
            }
        };
    }

    /**
     * Holds each partition's first attempt until partitions have started on two nodes (or 30 s passed), so that,
     * with one JobRunr worker per node, the test proves partitions spread over nodes instead of hoping one node's
     * poll did not take them all.
     */
    static final class TwoNodeBarrier implements StepExecutionListener {

        private final JdbcTemplate jdbc;

        TwoNodeBarrier(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public void beforeStep(StepExecution attempt) {
            if (attempt.getExecutionContext().getInt(PartitionKeys.ATTEMPT, 1) != 1) {
                return;
            }
            jdbc.update("INSERT INTO probe_starts (partition_name, node) VALUES (?, ?)", attempt.getStepName(),
                    attempt.getExecutionContext().getString(PartitionKeys.NODE, "local"));
            for (int waited = 0; waited < 300 && nodesStarted() < 2; waited++) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private int nodesStarted() {
            return jdbc.queryForObject("SELECT count(DISTINCT node) FROM probe_starts", Integer.class);
        }
    }
}
