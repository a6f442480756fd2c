package io.herdbook.scheduler.partition;

import io.herdbook.jobs.partition.PartitionedSteps;
import io.herdbook.jobs.partition.StepNotes;
import java.util.Iterator;
import java.util.List;
import java.util.stream.LongStream;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A job that is not partitioned, like goal-evaluation: one step over five items in chunks of 2 that announces its total
 * and says in words what each chunk wrote, through {@link StepNotes}.
 */
@Configuration(proxyBeanMethods = false)
class NotesProbeJobConfiguration {

    static final String JOB_NAME = "probe-notes";

    @Bean
    Job notesProbeJob(JobRepository repository, PlatformTransactionManager tx, ItemReader<Long> notesProbeReader, PartitionedSteps partitions) {
        Step step = new StepBuilder("notesProbeStep", repository)
                .<Long, Long>chunk(2)
                .transactionManager(tx)
                .reader(notesProbeReader)
                .writer(chunk -> StepNotes.lastChunk("wrote items " + chunk.getItems()))
                .listener(partitions.progressListener())
                .build();
        return new JobBuilder(JOB_NAME, repository).start(step).build();
    }

    @Bean
    @StepScope
    ItemReader<Long> notesProbeReader() {
        return new ItemReader<>() {
            private Iterator<Long> items;

            @Override
            public Long read() {
                if (items == null) {
                    List<Long> all = LongStream.rangeClosed(1, 5).boxed().toList();
                    StepNotes.total(all.size());
                    items = all.iterator();
                }
                return items.hasNext() ? items.next() : null;
            }
        };
    }
}
