package io.herdbook.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code herdbook jobs}, {@code runs}, {@code pause}, {@code resume}, {@code backfill} and {@code run-now}
 * as an operator runs them, on a database of their own. No worker runs here: queued runs stay QUEUED.
 * The backfilled periods are in January 2025, in the past whenever this runs; each test uses its own job.
 */
class JobsCommandsFunctionalTest {

    private static final TestDatabase.Connection DB = TestDatabase.database("cli_jobs");

    @BeforeAll
    static void migrate() {
        // The schema exists before the first command, whichever test runs first.
        org.flywaydb.core.Flyway.configure().dataSource(DB.url(), DB.username(), DB.password())
                .locations("classpath:db/migration").load().migrate();
    }

    private record Result(int status, String out, String err) {
    }

    private static Result cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--spring.datasource.url=" + DB.url(), "--spring.datasource.username=" + DB.username(),
                "--spring.datasource.password=" + DB.password()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(all.toArray(String[]::new));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static long count(String sql) throws Exception {
        try (var connection = DriverManager.getConnection(DB.url(), DB.username(), DB.password());
             ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String line(String output, String containing) {
        return output.lines().filter(l -> l.contains(containing)).findFirst().orElseThrow(() -> new AssertionError(
                "no line with '" + containing + "' in:\n" + output));
    }

    @Test
    void jobsListsTheCatalogueAndPauseAndResumeChangeWhatItShows() {
        Result before = cli("jobs");
        Result pause = cli("pause", "daily-digest");
        Result whilePaused = cli("jobs");
        Result resume = cli("resume", "daily-digest");

        assertThat(before.status()).as(before.err()).isZero();
        assertThat(before.out().lines().toList()).hasSize(10);
        assertThat(line(before.out(), "deep-reconcile")).contains("0 30 * * * ?").contains(":30:00Z").contains("never");
        assertThat(line(before.out(), "daily-digest")).contains(" no ");
        assertThat(pause.status()).as(pause.err()).isZero();
        assertThat(pause.out()).contains("daily-digest ('0 30 14 * * ?' UTC): paused");
        assertThat(line(whilePaused.out(), "daily-digest")).contains("paused").doesNotContain("T14:30:00Z");
        assertThat(resume.status()).as(resume.err()).isZero();
        assertThat(resume.out()).contains("daily-digest ('0 30 14 * * ?' UTC): running; next period").contains("T14:30:00Z");
    }

    @Test
    void aBackfillQueuesEachPeriodOnceAndARepeatIsRefusedWithExit1() throws Exception {
        Result first = cli("backfill", "health-check", "2025-01-15T00:00:00Z", "2025-01-15T02:59:59Z");
        Result repeat = cli("backfill", "health-check", "2025-01-15T00:00:00Z", "2025-01-15T02:59:59Z");
        Result runs = cli("runs", "health-check", "--limit", "2");
        Result jobs = cli("jobs");

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(line(first.out(), "2025-01-15T00:05:00Z")).contains("queued (run ").contains(": a worker runs it");
        assertThat(line(first.out(), "2025-01-15T02:05:00Z")).contains("queued (run ").contains(": a worker runs it");
        assertThat(first.out()).contains("3 of 3 period(s) queued");
        assertThat(repeat.status()).isEqualTo(1);
        assertThat(line(repeat.out(), "2025-01-15T01:05:00Z")).contains("refused: already queued");
        assertThat(repeat.out()).contains("0 of 3 period(s) queued");
        assertThat(count("SELECT count(*) FROM job_runs WHERE job_name = 'health-check'")).isEqualTo(3);
        List<String> rows = runs.out().lines().toList();
        assertThat(runs.status()).as(runs.err()).isZero();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).startsWith("PERIOD").contains("READ/WRITTEN/SKIPPED").contains("MESSAGE");
        assertThat(rows.get(1)).startsWith("2025-01-15T02:05:00Z").contains("BACKFILL").contains("QUEUED").contains("0/0/0");
        assertThat(rows.get(2)).startsWith("2025-01-15T01:05:00Z");
        assertThat(line(jobs.out(), "health-check")).contains("2025-01-15T02:05:00Z QUEUED");
    }

    @Test
    void aDateIsAWholeUtcDayAndRunsBeforeAnInstantPagesBack() {
        Result day = cli("backfill", "anomaly-check", "2025-01-15", "2025-01-16");
        Result older = cli("runs", "anomaly-check", "--before", "2025-01-16T08:15:00Z");

        assertThat(day.status()).as(day.err()).isZero();
        assertThat(day.out()).contains("anomaly-check 2025-01-15T08:15:00Z: queued").contains("anomaly-check 2025-01-16T08:15:00Z: queued")
                .contains("2 of 2 period(s) queued");
        assertThat(older.out().lines().toList()).hasSize(2);
        assertThat(older.out()).contains("2025-01-15T08:15:00Z").doesNotContain("2025-01-16T08:15:00Z");
    }

    @Test
    void aRangeInTheFutureIsRefusedWithExit1AndQueuesNothing() throws Exception {
        Result future = cli("backfill", "comment-sweep", "2025-01-15", "2199-12-31");

        assertThat(future.status()).isEqualTo(1);
        assertThat(future.err()).startsWith("herdbook backfill: ").contains("in the future");
        assertThat(count("SELECT count(*) FROM job_runs WHERE job_name = 'comment-sweep'")).isZero();
    }

    @Test
    void runNowQueuesARunForAWorkerAndRunsShowsIt() {
        Result runNow = cli("run-now", "goal-evaluation");
        Result runs = cli("runs", "goal-evaluation");

        assertThat(runNow.status()).as(runNow.err()).isZero();
        assertThat(runNow.out()).contains("goal-evaluation: queued: a worker runs it (run ");
        assertThat(runs.out().lines().toList()).hasSize(2);
        assertThat(runs.out()).contains("RUN_NOW").contains("QUEUED");
    }

    @Test
    void wrongArgumentsAreUsageErrorsFoundBeforeAnythingStarts() {
        assertUsage(cli("backfill", "health-check"), "name the range");
        assertUsage(cli("backfill", "health-check", "yesterday"), "'yesterday' is neither an ISO instant");
        assertUsage(cli("backfill", "health-check", "2025-01-15", "2025-01-16", "2025-01-17"), "too many arguments");
        assertUsage(cli("backfill", "health-chek", "2025-01-15"), "no job named 'health-chek'");
        assertUsage(cli("runs", "health-check", "--limit", "0"), "--limit must be a whole number from 1 to 1000");
        assertUsage(cli("runs", "health-check", "--before", "monday"), "--before must be an ISO instant");
        assertUsage(cli("pause"), "name a job");
        assertUsage(cli("resume", "discovery", "--now"), "unknown option --now");
        assertUsage(cli("jobs", "extra"), "takes no arguments");
        assertUsage(cli("run-now", "goal-evaluation-typo"), "known jobs: discovery");
    }

    private static void assertUsage(Result result, String reason) {
        assertThat(result.status()).as(result.out() + result.err()).isEqualTo(Cli.USAGE);
        assertThat(result.err()).contains(reason).contains("Usage: herdbook ");
    }

    @Test
    void theHelpNamesTheNewCommands() {
        Result help = cli("help");

        assertThat(help.out()).contains("jobs ").contains("runs JOB [--limit N] [--before INSTANT]").contains("pause JOB, resume JOB")
                .contains("backfill JOB FROM [TO] [--force]").contains("run-now JOB");
    }
}
