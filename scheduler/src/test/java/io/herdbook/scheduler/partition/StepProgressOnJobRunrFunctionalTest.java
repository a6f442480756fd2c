package io.herdbook.scheduler.partition;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.scheduler.ledger.Run;
import io.herdbook.scheduler.ledger.RunLedger;
import io.herdbook.scheduler.ledger.RunStatus;
import io.herdbook.scheduler.ledger.RunTrigger;
import io.herdbook.scheduler.runs.RunDispatcher;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.context.JobDashboardLogger;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.jobs.context.JobDashboardProgressBar;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A run of a job that is not partitioned, queued like any run and taken by a JobRunr worker: its JobRunr job shows a
 * log line per committed chunk in the step's own words and a progress bar over the total the step announced.
 */
class StepProgressOnJobRunrFunctionalTest {

    private static final Instant SLOT = Instant.parse("2026-07-01T00:00:00Z");
    private static ConfigurableApplicationContext node;

    @BeforeAll
    static void startAWorkerNode() {
        node = new SpringApplicationBuilder(ClusterTestApplication.class).run(
                "--herdbook.test.database.name=step_progress",
                "--herdbook.node.name=notes-node",
                "--spring.main.web-application-type=none",
                "--spring.main.banner-mode=off",
                "--spring.batch.job.enabled=false",
                "--spring.batch.jdbc.initialize-schema=never",
                "--spring.quartz.auto-startup=false",
                "--jobrunr.background-job-server.enabled=true",
                "--jobrunr.background-job-server.worker-count=1",
                "--jobrunr.background-job-server.poll-interval-in-seconds=5",
                "--jobrunr.miscellaneous.allow-anonymous-data-usage=false",
                "--logging.level.root=WARN");
    }

    @AfterAll
    static void stopTheNode() {
        node.close();
    }

    @Test
    void eachChunkIsALogLineInTheStepsWordsAndTheBarFillsToTheAnnouncedTotal() throws Exception {
        RunLedger ledger = node.getBean(RunLedger.class);
        node.getBean(RunDispatcher.class).dispatch(NotesProbeJobConfiguration.JOB_NAME, SLOT, 0, RunTrigger.RUN_NOW, SLOT);
        Run run = awaitFinished(ledger);
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);

        // The ledger row is completed inside the job's method; JobRunr stores the job, with its log and bar, only after
        // the method returns, so read it once JobRunr has it as succeeded.
        var job = awaitSucceeded(node.getBean(StorageProvider.class), run);
        List<String> lines = job.getMetadata().entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(JobDashboardLogger.JOBRUNR_LOG_KEY))
                .flatMap(entry -> ((JobDashboardLogger.JobDashboardLogLines) entry.getValue()).getLogLines().stream())
                .map(JobDashboardLogger.JobDashboardLogLine::getLogMessage).toList();
        assertThat(lines).contains(
                "notesProbeStep chunk 1: read 2, written 2, skipped 0: wrote items [1, 2]",
                "notesProbeStep chunk 2: read 2, written 2, skipped 0: wrote items [3, 4]",
                "notesProbeStep chunk 3: read 1, written 1, skipped 0: wrote items [5]");
        JobDashboardProgressBar bar = JobDashboardProgressBar.get(job);
        assertThat(bar.getTotalAmount()).isEqualTo(5);
        assertThat(bar.getSucceededAmount()).isEqualTo(5);
    }

    private static Job awaitSucceeded(StorageProvider storage, Run run) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        Job job = storage.getJobById(run.jobRunrJobId());
        while (job.getState() != StateName.SUCCEEDED && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            job = storage.getJobById(run.jobRunrJobId());
        }
        assertThat(job.getState()).isEqualTo(StateName.SUCCEEDED);
        return job;
    }

    private static Run awaitFinished(RunLedger ledger) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            Run run = ledger.find(NotesProbeJobConfiguration.JOB_NAME, SLOT, 0).orElseThrow();
            if (run.status() == RunStatus.COMPLETED || run.status() == RunStatus.FAILED) {
                return run;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the run did not finish within 90 s: " + ledger.find(NotesProbeJobConfiguration.JOB_NAME, SLOT, 0));
    }
}
