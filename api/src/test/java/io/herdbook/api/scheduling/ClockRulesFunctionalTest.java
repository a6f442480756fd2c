package io.herdbook.api.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herdbook.jobs.testing.SettableClock;
import io.herdbook.scheduler.catalogue.JobCatalogue;
import io.herdbook.scheduler.clock.CatchUpSweep;
import io.herdbook.scheduler.control.Backfills;
import io.herdbook.scheduler.control.LocalRuns;
import io.herdbook.scheduler.control.ScheduleControls;
import io.herdbook.scheduler.ledger.Run;
import io.herdbook.scheduler.ledger.RunCounts;
import io.herdbook.scheduler.ledger.RunLedger;
import io.herdbook.scheduler.ledger.RunStatus;
import io.herdbook.scheduler.ledger.RunTrigger;
import io.herdbook.scheduler.runs.RunDispatcher;
import io.herdbook.scheduler.runs.RunExecutor;
import io.herdbook.scheduler.runs.RunFailedException;
import io.herdbook.scheduler.runs.RunRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The clock's rules on a real ledger, with a clock the test moves: the catch-up after downtime (one
 * run, not a burst), the catch-up horizon, pauses, backfills (each period once; a completed one only
 * when forced, as a new revision), and the run meters' exported names (C14).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "herdbook.test.database.name=clock_rules")
class ClockRulesFunctionalTest {

    static final SettableClock CLOCK = new SettableClock(Instant.parse("2026-12-01T03:00:30Z"));

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        Clock settableClock() {
            return CLOCK;
        }
    }

    @Autowired CatchUpSweep sweep;
    @Autowired JobCatalogue catalogue;
    @Autowired RunLedger ledger;
    @Autowired Backfills backfills;
    @Autowired ScheduleControls schedules;
    @Autowired LocalRuns localRuns;
    @Autowired StorageProvider queue;
    @Autowired RunDispatcher dispatcher;
    @Autowired RunExecutor executor;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    @Test
    void afterFiveHoursDownOneDiscoveryRunsAndTheMissedPeriodsAreRecordedAsSkipped() {
        completed("discovery", "2026-12-01T03:00:00Z");
        CLOCK.set(Instant.parse("2026-12-01T08:20:00Z"));

        sweep.sweep(catalogue.get("discovery"));
        sweep.sweep(catalogue.get("discovery"));

        List<Run> runs = ledger.list("discovery", null, 100).reversed();
        assertThat(runs).extracting(run -> run.period().toString(), Run::status, Run::trigger).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2026-12-01T03:00:00Z", RunStatus.COMPLETED, RunTrigger.SCHEDULE),
                org.assertj.core.groups.Tuple.tuple("2026-12-01T04:00:00Z", RunStatus.SKIPPED, RunTrigger.CATCH_UP),
                org.assertj.core.groups.Tuple.tuple("2026-12-01T05:00:00Z", RunStatus.SKIPPED, RunTrigger.CATCH_UP),
                org.assertj.core.groups.Tuple.tuple("2026-12-01T06:00:00Z", RunStatus.SKIPPED, RunTrigger.CATCH_UP),
                org.assertj.core.groups.Tuple.tuple("2026-12-01T07:00:00Z", RunStatus.SKIPPED, RunTrigger.CATCH_UP),
                org.assertj.core.groups.Tuple.tuple("2026-12-01T08:00:00Z", RunStatus.QUEUED, RunTrigger.CATCH_UP));
        Run catchUp = runs.getLast();
        assertThat(catchUp.jobRunrJobId()).isEqualTo(RunRequest.queueId("discovery", catchUp.period(), 0));
        assertThat(queue.getJobById(catchUp.jobRunrJobId())).as("queued on JobRunr under the run's derived id").isNotNull();
    }

    @Test
    void aDuplicateFireOfAPeriodIsANoOpThatQueuesNothingTwice() {
        Instant period = Instant.parse("2026-11-15T10:15:00Z");
        CLOCK.set(period.plusMillis(20));

        RunDispatcher.Dispatch first = dispatcher.dispatch("stats-refresh", period, 0, RunTrigger.SCHEDULE, period);
        RunDispatcher.Dispatch second = dispatcher.dispatch("stats-refresh", period, 0, RunTrigger.SCHEDULE, period);
        RunDispatcher.Dispatch catchUp = dispatcher.dispatch("stats-refresh", period, 0, RunTrigger.CATCH_UP, period);

        assertThat(first).isInstanceOf(RunDispatcher.Dispatch.Queued.class);
        assertThat(second).isInstanceOf(RunDispatcher.Dispatch.AlreadyThere.class);
        assertThat(catchUp).isInstanceOf(RunDispatcher.Dispatch.AlreadyThere.class);
        assertThat(second.run().id()).isEqualTo(first.run().id());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM job_runs WHERE job_name = 'stats-refresh' AND period = ?", Long.class,
                java.sql.Timestamp.from(period))).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM jobrunr_jobs WHERE id = ?", Long.class,
                first.run().jobRunrJobId().toString())).isEqualTo(1);
    }

    @Test
    void aClaimWhoseQueueJobWentMissingIsQueuedAgainUnderTheSameId() {
        Instant period = Instant.parse("2026-11-16T10:15:00Z");
        CLOCK.set(period);
        // The claimer died between claiming the period and queueing it.
        Run claimed = ledger.claim("stats-refresh", period, 0, RunTrigger.SCHEDULE, period, period).orElseThrow();

        RunDispatcher.Dispatch fire = dispatcher.dispatch("stats-refresh", period, 0, RunTrigger.CATCH_UP, period);

        assertThat(fire).isInstanceOf(RunDispatcher.Dispatch.Queued.class);
        assertThat(fire.run().id()).isEqualTo(claimed.id());
        assertThat(queue.getJobById(RunRequest.queueId("stats-refresh", period, 0))).isNotNull();
    }

    @Test
    void theSweepQueuesARunThatWasClaimedButNeverReachedTheQueue() {
        Instant period = Instant.parse("2026-11-17T10:15:00Z");
        CLOCK.set(period);
        Run stranded = ledger.claim("stats-refresh", period, 0, RunTrigger.SCHEDULE, period, period).orElseThrow();

        CLOCK.set(period.plusSeconds(30));
        sweep.sweep();
        boolean queuedWithinGrace = ledger.find(stranded.id()).map(Run::jobRunrJobId).isPresent();
        CLOCK.set(period.plusSeconds(90));
        sweep.sweep();

        assertThat(queuedWithinGrace).as("its claimer may still be queueing it").isFalse();
        assertThat(ledger.find(stranded.id()).map(Run::jobRunrJobId)).contains(RunRequest.queueId("stats-refresh", period, 0));
        assertThat(queue.getJobById(RunRequest.queueId("stats-refresh", period, 0))).isNotNull();
    }

    @Test
    void aDigestMissedByMoreThanTheHorizonIsSkippedNotRun() {
        completed("daily-digest", "2026-11-29T14:30:00Z");
        CLOCK.set(Instant.parse("2026-12-01T09:00:00Z"));

        sweep.sweep(catalogue.get("daily-digest"));

        assertThat(ledger.find("daily-digest", Instant.parse("2026-11-30T14:30:00Z"), 0)).hasValueSatisfying(run -> {
            assertThat(run.status()).isEqualTo(RunStatus.SKIPPED);
            assertThat(run.message()).contains("older than the catch-up horizon PT6H");
        });
        assertThat(ledger.list("daily-digest", null, 10)).noneMatch(run -> run.status() == RunStatus.QUEUED);
    }

    @Test
    void periodsWhileASchedulerIsPausedAreNeitherRunNorRecordedAndResumingStartsAfresh() throws Exception {
        completed("anomaly-check", "2026-11-20T08:15:00Z");
        CLOCK.set(Instant.parse("2026-11-20T09:00:00Z"));
        schedules.pause("anomaly-check", "test");
        CLOCK.set(Instant.parse("2026-11-25T09:00:00Z"));
        sweep.sweep(catalogue.get("anomaly-check"));
        assertThat(ledger.list("anomaly-check", null, 10)).hasSize(1);

        schedules.resume("anomaly-check", "test");
        CLOCK.set(Instant.parse("2026-11-26T08:20:00Z"));
        sweep.sweep(catalogue.get("anomaly-check"));

        assertThat(ledger.list("anomaly-check", null, 10)).extracting(run -> run.period().toString(), Run::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-11-26T08:15:00Z", RunStatus.QUEUED),
                        org.assertj.core.groups.Tuple.tuple("2026-11-20T08:15:00Z", RunStatus.COMPLETED));
    }

    @Test
    void aBackfillOfThreePastPeriodsAddsThreeRunsAndRepeatingItAddsNone() {
        CLOCK.set(Instant.parse("2026-12-02T12:00:00Z"));
        Instant from = Instant.parse("2026-12-02T01:00:00Z");
        Instant to = Instant.parse("2026-12-02T03:59:59Z");

        List<Backfills.PeriodOutcome> first = backfills.backfill("health-check", from, to, false);
        List<Backfills.PeriodOutcome> again = backfills.backfill("health-check", from, to, false);

        assertThat(first).extracting(outcome -> outcome.period().toString())
                .containsExactly("2026-12-02T01:05:00Z", "2026-12-02T02:05:00Z", "2026-12-02T03:05:00Z");
        assertThat(first).allMatch(Backfills.PeriodOutcome::queued);
        assertThat(again).noneMatch(Backfills.PeriodOutcome::queued);
        assertThat(again).allSatisfy(outcome -> assertThat(outcome.message()).startsWith("already queued"));
        assertThat(ledger.list("health-check", null, 100)).hasSize(3).allMatch(run -> run.trigger() == RunTrigger.BACKFILL);
    }

    @Test
    void aCompletedPeriodIsRefusedUnlessForcedAndThenRunsAsANewRevision() {
        CLOCK.set(Instant.parse("2026-12-03T12:00:00Z"));
        Instant period = Instant.parse("2026-12-03T03:45:00Z");
        Run done = localRuns.run("video-expiry", period);
        assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);

        Backfills.PeriodOutcome refused = backfills.backfill("video-expiry", period, period, false).getFirst();
        Backfills.PeriodOutcome forced = backfills.backfill("video-expiry", period, period, true).getFirst();

        assertThat(refused.queued()).isFalse();
        assertThat(refused.message()).contains("already completed").contains("force");
        assertThat(forced.queued()).isTrue();
        assertThat(forced.run()).hasValueSatisfying(run -> assertThat(run.revision()).isEqualTo(1));
        assertThat(ledger.find("video-expiry", period, 0)).map(Run::status).contains(RunStatus.COMPLETED);
    }

    @Test
    void aBackfillOfARunWhoseQueueJobEndedPutsThatJobBackInTheQueue() {
        Instant period = Instant.parse("2026-11-10T06:00:00Z");
        CLOCK.set(Instant.parse("2026-11-11T00:00:00Z"));
        Run run = dispatcher.dispatch("stats-refresh", period, 0, RunTrigger.SCHEDULE, period).run();
        // Its retries were used up long ago and JobRunr has since deleted the job.
        org.jobrunr.jobs.Job job = queue.getJobById(run.jobRunrJobId());
        job.delete("retries used up");
        queue.save(job);
        ledger.markFinished(run.id(), RunStatus.FAILED, RunCounts.NONE, null, null, "node-x", "boom", CLOCK.instant());

        Backfills.PeriodOutcome outcome = backfills.backfill("stats-refresh", period, period, false).getFirst();

        assertThat(outcome.queued()).isTrue();
        assertThat(outcome.message()).contains("was failed");
        assertThat(ledger.find(run.id())).map(Run::status).contains(RunStatus.QUEUED);
        assertThat(queue.getJobById(run.jobRunrJobId()).getState()).isEqualTo(org.jobrunr.jobs.states.StateName.ENQUEUED);
    }

    @Test
    void aFailedAttemptWithRetriesLeftWaitsForTheQueueAndOnlyTheLastOneMarksTheRunFailed() {
        Instant period = Instant.parse("2026-11-12T06:00:00Z");
        CLOCK.set(period);
        // A run of a job this build does not have: every attempt fails at launch.
        Run run = ledger.claim("retired-job", period, 0, RunTrigger.SCHEDULE, period, period).orElseThrow();

        assertThatThrownBy(() -> executor.execute(run.id(), true)).isInstanceOf(RunFailedException.class);
        Run retrying = ledger.find(run.id()).orElseThrow();
        assertThatThrownBy(() -> executor.execute(run.id(), false)).isInstanceOf(RunFailedException.class);
        Run failed = ledger.find(run.id()).orElseThrow();

        assertThat(retrying.status()).isEqualTo(RunStatus.QUEUED);
        assertThat(retrying.message()).startsWith("attempt 1 failed, the queue retries it: could not launch: no job named 'retired-job'");
        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.message()).startsWith("could not launch: no job named 'retired-job'");
    }

    @Test
    void aRunStillHeldByALiveWorkerIsNotTakenOverUntilThatWorkerStopsBeating() throws Exception {
        Instant period = Instant.parse("2026-11-18T10:15:00Z");
        // Heartbeats are JobRunr's own wall-clock times: the test's clock starts from the real time here.
        CLOCK.set(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        Run run = ledger.claim("stats-refresh", period, 0, RunTrigger.SCHEDULE, period, CLOCK.instant()).orElseThrow();
        ledger.markStarted(run.id(), "node-alive", CLOCK.instant());
        queue.announceBackgroundJobServer(new org.jobrunr.storage.BackgroundJobServerStatus(java.util.UUID.randomUUID(), "node-alive",
                4, 5, Duration.ofHours(36), Duration.ofHours(72), CLOCK.instant(), CLOCK.instant(), true,
                0L, 0L, 0.0, 0L, 0L, 0L, 0.0));

        assertThatThrownBy(() -> executor.execute(run.id(), true)).isInstanceOf(RunFailedException.class)
                .hasMessageContaining("still running on node-alive");
        Run untouched = ledger.find(run.id()).orElseThrow();
        CLOCK.advance(Duration.ofMinutes(1));
        Run takenOver = executor.execute(run.id(), true);

        assertThat(untouched.status()).isEqualTo(RunStatus.STARTED);
        assertThat(untouched.node()).isEqualTo("node-alive");
        assertThat(untouched.attempts()).isEqualTo(1);
        assertThat(takenOver.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(takenOver.node()).isNotEqualTo("node-alive");
    }

    @Test
    void aForcedBackfillIsRefusedWhileAnEarlierForcedRevisionIsStillQueued() {
        CLOCK.set(Instant.parse("2026-12-03T20:00:00Z"));
        Instant period = Instant.parse("2026-12-03T14:30:00Z");
        assertThat(localRuns.run("daily-digest", period).status()).isEqualTo(RunStatus.COMPLETED);

        Backfills.PeriodOutcome first = backfills.backfill("daily-digest", period, period, true).getFirst();
        Backfills.PeriodOutcome second = backfills.backfill("daily-digest", period, period, true).getFirst();

        assertThat(first.queued()).isTrue();
        assertThat(first.run()).map(Run::revision).contains(1);
        assertThat(second.queued()).isFalse();
        assertThat(second.message()).isEqualTo("already queued (run " + first.run().orElseThrow().id() + ", revision 1)");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM job_runs WHERE job_name = 'daily-digest' AND period = ?", Long.class,
                java.sql.Timestamp.from(period))).isEqualTo(2);
    }

    @Test
    void aBackfillOfAnOldPeriodMakesTheSweepInventNoMissedPeriods() {
        jdbc.update("DELETE FROM job_runs WHERE job_name = 'deep-reconcile'");
        CLOCK.set(Instant.parse("2026-12-04T05:40:00Z"));
        backfills.backfill("deep-reconcile", Instant.parse("2026-12-04T01:30:00Z"), Instant.parse("2026-12-04T01:30:00Z"), false);

        sweep.sweep(catalogue.get("deep-reconcile"));

        assertThat(ledger.list("deep-reconcile", null, 100)).extracting(Run::trigger).containsOnly(RunTrigger.BACKFILL);
    }

    @Test
    void aQueuedRunWhoseQueueJobWasDeletedIsQueuedAgainByABackfillAndByTheSweep() {
        CLOCK.set(Instant.parse("2026-11-19T12:00:00Z"));
        Instant first = Instant.parse("2026-11-19T10:15:00Z");
        Instant second = Instant.parse("2026-11-19T10:30:00Z");
        Run byBackfill = dispatcher.dispatch("stats-refresh", first, 0, RunTrigger.SCHEDULE, first).run();
        Run bySweep = dispatcher.dispatch("stats-refresh", second, 0, RunTrigger.SCHEDULE, second).run();
        for (Run run : List.of(byBackfill, bySweep)) {
            org.jobrunr.jobs.Job job = queue.getJobById(run.jobRunrJobId());
            job.delete("deleted in the dashboard");
            queue.save(job);
        }

        Backfills.PeriodOutcome outcome = backfills.backfill("stats-refresh", first, first, false).getFirst();
        CLOCK.advance(Duration.ofMinutes(2));
        sweep.sweep();

        assertThat(outcome.queued()).isTrue();
        assertThat(outcome.message()).isEqualTo("queued again (its queue job was gone)");
        for (Run run : List.of(byBackfill, bySweep)) {
            assertThat(queue.getJobById(run.jobRunrJobId()).getState()).as("run %s", run.period())
                    .isEqualTo(org.jobrunr.jobs.states.StateName.ENQUEUED);
        }
    }

    @Test
    void aBackfillIntoTheFutureOrOfNoPeriodIsRefusedAndQueuesNothing() {
        CLOCK.set(Instant.parse("2026-12-04T12:00:00Z"));
        assertThatThrownBy(() -> backfills.backfill("comment-sweep", Instant.parse("2026-12-04T11:00:00Z"), Instant.parse("2026-12-05T00:00:00Z"), false))
                .isInstanceOf(Backfills.BackfillRefusedException.class).hasMessageContaining("in the future");
        assertThatThrownBy(() -> backfills.backfill("comment-sweep", Instant.parse("2026-12-04T01:00:00Z"), Instant.parse("2026-12-04T02:00:00Z"), false))
                .isInstanceOf(Backfills.BackfillRefusedException.class)
                .hasMessageContaining("no period of comment-sweep").hasMessageContaining("2026-12-04T00:00:00Z and 2026-12-04T06:00:00Z");
        assertThat(ledger.list("comment-sweep", null, 10)).isEmpty();
    }

    @Test
    void theRunMetersExportTheirPinnedPrometheusNames() throws Exception {
        CLOCK.set(Instant.parse("2026-12-04T06:00:00Z"));
        Instant period = Instant.parse("2026-12-04T05:10:00Z");
        Run scheduled = ledger.claim("goal-evaluation", period, 0, RunTrigger.SCHEDULE, period, CLOCK.instant()).orElseThrow();
        assertThat(executor.execute(scheduled.id()).status()).isEqualTo(RunStatus.COMPLETED);
        // A run now is "scheduled" at its own second: it must not count as late, nor a backfill of last week.
        assertThat(localRuns.run("daily-digest", Instant.parse("2026-11-20T14:30:00Z")).status()).isEqualTo(RunStatus.COMPLETED);

        String scrape = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body();

        assertThat(scrape).contains(
                "herdbook_runs_started_total{job=\"goal-evaluation\"} 1.0",
                "herdbook_runs_completed_total{job=\"goal-evaluation\"} 1.0",
                "herdbook_runs_failed_total{job=\"goal-evaluation\"} 0.0",
                "herdbook_runs_skipped_total{job=\"daily-digest\"}",
                "herdbook_runs_duration_seconds_count{job=\"goal-evaluation\",outcome=\"completed\"} 1",
                "herdbook_runs_duration_seconds_sum{job=\"goal-evaluation\",outcome=\"completed\"}",
                "herdbook_runs_duration_seconds_max{job=\"goal-evaluation\",outcome=\"completed\"}",
                "herdbook_runs_lateness_seconds_count{job=\"goal-evaluation\"} 1",
                "herdbook_runs_queue_depth ");
        assertThat(scrape).doesNotContain("herdbook_runs_started_total_total")
                .doesNotContain("herdbook_runs_lateness_seconds_count{job=\"daily-digest\"}");
    }

    @Test
    void theRunsHealthIsDownWhenARunWaitsTooLongForAWorkerOrAJobsLastRunFailed() throws Exception {
        jdbc.update("UPDATE job_runs SET status = 'COMPLETED', finished_at = queued_at WHERE status IN ('QUEUED', 'STARTED', 'FAILED')");
        Instant queuedAt = Instant.parse("2026-12-05T10:00:00Z");
        CLOCK.set(queuedAt);
        Run waiting = ledger.claim("deep-reconcile", Instant.parse("2026-12-05T09:30:00Z"), 0, RunTrigger.SCHEDULE,
                Instant.parse("2026-12-05T09:30:00Z"), queuedAt).orElseThrow();

        CLOCK.set(queuedAt.plusSeconds(60));
        HttpResponse<String> fresh = get("/actuator/health/runs");
        CLOCK.set(queuedAt.plusSeconds(31 * 60));
        HttpResponse<String> stale = get("/actuator/health/runs");
        ledger.markFinished(waiting.id(), RunStatus.FAILED, RunCounts.NONE, null, null, "node-x", "boom after 4 retries", CLOCK.instant());
        HttpResponse<String> failed = get("/actuator/health/runs");
        HttpResponse<String> readiness = get("/actuator/health/readiness");

        assertThat(fresh.statusCode()).isEqualTo(200);
        assertThat(fresh.body()).contains("\"status\":\"UP\"").contains("deep-reconcile for 2026-12-05T09:30:00Z");
        assertThat(stale.statusCode()).isEqualTo(503);
        assertThat(stale.body()).contains("\"status\":\"DOWN\"").contains("waited more than PT30M for a worker");
        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(failed.body()).contains("failedJobs").contains("boom after 4 retries");
        assertThat(readiness.statusCode()).as("a failed job does not take the node out of a load balancer").isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void completed(String job, String period) {
        Instant at = Instant.parse(period);
        Run run = ledger.claim(job, at, 0, RunTrigger.SCHEDULE, at, at).orElseThrow();
        ledger.markFinished(run.id(), RunStatus.COMPLETED, RunCounts.NONE, null, null, "test", null, at.plusSeconds(5));
    }
}
