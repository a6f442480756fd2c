package io.herdbook.jobs.comments;

import io.herdbook.jobs.JobsProperties;
import io.herdbook.jobs.comments.sentiment.SentimentScorer;
import io.herdbook.jobs.partition.CreatorHashSlice;
import io.herdbook.jobs.partition.PartitionedSteps;
import io.herdbook.jobs.source.PlatformSource;
import io.herdbook.jobs.tracking.FetchAttemptStore;
import io.herdbook.jobs.tracking.TrackedPost;
import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.VirtualThreadTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code comment-sweep} job: a manager step cutting the tracked posts into partitions by their creator's
 * id hash, over a chunked worker step per partition that samples each post's newest comments and scores
 * them. See README.md beside this class.
 */
@Configuration(proxyBeanMethods = false)
public class CommentSweepJobConfiguration {

    /** The job's stored name; renaming it needs a migration of the job repository rows. */
    public static final String JOB_NAME = "comment-sweep";

    @Bean
    Job commentSweepJob(JobRepository repository, Step commentSweepStep) {
        return new JobBuilder(JOB_NAME, repository).start(commentSweepStep).build();
    }

    @Bean
    Step commentSweepStep(PartitionedSteps partitions, Step commentSweepWorkerStep) {
        return partitions.manager("commentSweepStep", commentSweepWorkerStep, SweepPostReader.CREATOR_IDS);
    }

    @Bean
    Step commentSweepWorkerStep(JobRepository repository, PlatformTransactionManager tx, JdbcPagingItemReader<TrackedPost> sweepPostReader,
                                PostCommentSweep commentSweepProcessor, CommentSweepWriter commentSweepWriter,
                                JobsProperties properties, PartitionedSteps partitions) {
        return new StepBuilder("commentSweepWorkerStep", repository)
                .<TrackedPost, SweepResult>chunk(properties.comments().chunkSize())
                .transactionManager(tx)
                .reader(sweepPostReader)
                .processor(commentSweepProcessor)
                .writer(commentSweepWriter)
                // Each post of a chunk walks its comment pages on its own virtual thread.
                .taskExecutor(new VirtualThreadTaskExecutor("comment-sweep-"))
                .listener(partitions.progressListener())
                .build();
    }

    @Bean
    @StepScope
    JdbcPagingItemReader<TrackedPost> sweepPostReader(DataSource dataSource, JobsProperties properties,
                                                      @Value("#{stepExecution}") StepExecution partition,
                                                      @Value("#{jobParameters['slot']}") String slot) throws Exception {
        return SweepPostReader.create("sweepPostReader", dataSource, CreatorHashSlice.of(partition), Instant.parse(slot),
                properties.comments().chunkSize());
    }

    /**
     * Takes whatever {@link SentimentScorer} bean the application has. Asked for when a partition starts, not
     * at start-up, so a node without a scorer still starts; its sweep then fails at once, saying why.
     */
    @Bean
    @StepScope
    PostCommentSweep commentSweepProcessor(PlatformSource source, ObjectProvider<SentimentScorer> scorers, JobsProperties properties,
                                           Clock clock, @Value("#{jobParameters['slot']}") String slot) {
        SentimentScorer scorer = scorers.getIfUnique();
        if (scorer == null) {
            throw new IllegalStateException(JOB_NAME + " needs one SentimentScorer bean (or one marked @Primary); this application has "
                    + scorers.stream().count());
        }
        return new PostCommentSweep(new CommentWalk(source, properties.comments()), scorer, clock, Instant.parse(slot));
    }

    @Bean
    @StepScope
    CommentSweepWriter commentSweepWriter(JdbcTemplate jdbc, FetchAttemptStore attempts, Clock clock,
                                          @Value("#{jobParameters['slot']}") String slot) {
        return new CommentSweepWriter(new CommentStore(jdbc), attempts, clock, Instant.parse(slot));
    }
}
