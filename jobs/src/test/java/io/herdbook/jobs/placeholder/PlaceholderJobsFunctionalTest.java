package io.herdbook.jobs.placeholder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herdbook.jobs.comments.CommentSweepJobConfiguration;
import io.herdbook.jobs.launch.JobLaunches;
import io.herdbook.jobs.launch.JobNames;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;

/** Each placeholder job launched like the real ones, on a real PostgreSQL job repository. */
@SpringBootTest(classes = PlaceholderJobsFunctionalTest.Jobs.class, properties = {
        "herdbook.test.database.name=placeholder_jobs",
        "spring.batch.job.enabled=false",
        "spring.batch.jdbc.initialize-schema=never"})
@ExtendWith(OutputCaptureExtension.class)
class PlaceholderJobsFunctionalTest {

    /**
     * A slot no earlier run of this test used: an external test database keeps its job instances
     * between runs, and a completed slot is refused (which is the second test's point).
     */
    private static final Instant SLOT = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Autowired JobLaunches launches;

    @ParameterizedTest
    @EnumSource(PlaceholderJob.class)
    void aPlaceholderCompletesForItsSlotAndSaysWhichIssueBringsItsLogic(PlaceholderJob job, CapturedOutput output) throws Exception {
        JobExecution execution = launches.run(job.jobName(), SLOT);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getStepExecutions()).singleElement().satisfies(step -> assertThat(step.getStepName()).isEqualTo(job.stepName()));
        assertThat(output).contains(job.jobName() + " for period " + SLOT + ": placeholder, its logic arrives with " + job.arrivesWith());
    }

    @ParameterizedTest
    @EnumSource(PlaceholderJob.class)
    void aSecondLaunchOfACompletedSlotIsRefused(PlaceholderJob job) throws Exception {
        Instant slot = SLOT.plusSeconds(3600);
        launches.run(job.jobName(), slot);

        assertThatThrownBy(() -> launches.run(job.jobName(), slot)).isInstanceOf(JobInstanceAlreadyCompleteException.class);
    }

    @Test
    void theCatalogueNamesEveryPlaceholderOnceAfterTheRealJobsItKeepsInDesignOrder() {
        assertThat(JobNames.CATALOGUE).containsExactly("discovery", "deep-reconcile", "stats-refresh", "comment-sweep",
                "health-check", "anomaly-check", "daily-digest", "goal-evaluation", "video-expiry");
        assertThat(JobNames.ALL).containsExactly("discovery", "stats-refresh");
        assertThat(launches.names()).containsExactlyInAnyOrder(java.util.Arrays.stream(PlaceholderJob.values())
                .map(PlaceholderJob::jobName).toArray(String[]::new));
    }

    @Test
    void theCommentSweepIsARealJobNoLongerAPlaceholder() {
        assertThat(PlaceholderJob.values()).extracting(PlaceholderJob::jobName)
                .doesNotContain(CommentSweepJobConfiguration.JOB_NAME)
                .containsExactly("health-check", "anomaly-check", "daily-digest", "video-expiry");
        assertThat(launches.names()).doesNotContain(CommentSweepJobConfiguration.JOB_NAME);
    }

    /** Only the placeholders and the launcher, over Boot's Batch, JDBC and Flyway auto-configuration. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({PlaceholderJobsConfiguration.class, JobLaunches.class})
    static class Jobs {
    }
}
