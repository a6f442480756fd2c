package io.herdbook.scheduler.ledger;

import static io.herdbook.jobs.tracking.Sql.instant;
import static io.herdbook.jobs.tracking.Sql.nullableLong;
import static io.herdbook.jobs.tracking.Sql.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The run ledger ({@code job_runs}): one row per (job, period, revision). The row's unique key is the
 * "exactly once" of the whole platform: whoever inserts it owns the run; everyone else — a second
 * scheduler node, a duplicate fire, a repeated backfill — finds it there and does nothing.
 */
@Repository
public class RunLedger {

    private static final String COLUMNS = """
            id, job_name, period, revision, trigger, status, scheduled_at, queued_at, started_at, finished_at, node,
            attempts, read_count, write_count, skip_count, jobrunr_job_id, batch_instance_id, batch_execution_id, message""";

    private static final RowMapper<Run> RUNS = RunLedger::run;

    private final JdbcClient jdbc;

    public RunLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the run of {@code jobName} for {@code period} (revision {@code revision}) as QUEUED.
     *
     * @return the new row, or empty if the run was already in the ledger (claimed by someone else)
     */
    public Optional<Run> claim(String jobName, Instant period, int revision, RunTrigger trigger, Instant scheduledAt, Instant now) {
        return jdbc.sql("INSERT INTO job_runs (job_name, period, revision, trigger, status, scheduled_at, queued_at) "
                        + "VALUES (?, ?, ?, ?, 'QUEUED', ?, ?) ON CONFLICT ON CONSTRAINT job_runs_once_per_period DO NOTHING RETURNING " + COLUMNS)
                .params(jobName, utc(period), revision, trigger.name(), utc(scheduledAt), utc(now))
                .query(RUNS).optional();
    }

    /**
     * Records a period that will not run, with why. Does nothing if the period is in the ledger already.
     *
     * @return whether a row was added
     */
    public boolean recordSkipped(String jobName, Instant period, RunTrigger trigger, String message, Instant now) {
        return jdbc.sql("INSERT INTO job_runs (job_name, period, revision, trigger, status, scheduled_at, queued_at, finished_at, message) "
                        + "VALUES (?, ?, 0, ?, 'SKIPPED', ?, ?, ?, ?) ON CONFLICT ON CONSTRAINT job_runs_once_per_period DO NOTHING")
                .params(jobName, utc(period), trigger.name(), utc(period), utc(now), utc(now), message)
                .update() == 1;
    }

    /**
     * Puts a SKIPPED or FAILED run back in the queue's hands (a backfill of it).
     *
     * @return the reopened row, or empty if it was in another state (someone else got there first)
     */
    public Optional<Run> reopen(long runId, RunTrigger trigger, Instant now) {
        return jdbc.sql("UPDATE job_runs SET status = 'QUEUED', trigger = ?, queued_at = ?, finished_at = NULL, message = NULL "
                        + "WHERE id = ? AND status IN ('SKIPPED', 'FAILED') RETURNING " + COLUMNS)
                .params(trigger.name(), utc(now), runId)
                .query(RUNS).optional();
    }

    public void attachQueueJob(long runId, UUID jobRunrJobId) {
        jdbc.sql("UPDATE job_runs SET jobrunr_job_id = ? WHERE id = ?").params(jobRunrJobId, runId).update();
    }

    /**
     * Marks a worker's start on the run (one more attempt), unless the run already completed.
     *
     * @return the row as it now stands, or empty if there is no such run
     */
    public Optional<Run> markStarted(long runId, String node, Instant now) {
        jdbc.sql("UPDATE job_runs SET status = 'STARTED', started_at = COALESCE(started_at, ?), node = ?, attempts = attempts + 1, "
                        + "finished_at = NULL WHERE id = ? AND status <> 'COMPLETED'")
                .params(utc(now), node, runId).update();
        return find(runId);
    }

    /** Records how an attempt at the run ended. */
    public void markFinished(long runId, RunStatus status, RunCounts counts, Long batchInstanceId, Long batchExecutionId,
                             String node, String message, Instant now) {
        jdbc.sql("UPDATE job_runs SET status = ?, finished_at = ?, node = ?, read_count = ?, write_count = ?, skip_count = ?, "
                        + "batch_instance_id = ?, batch_execution_id = ?, message = ? WHERE id = ?")
                .params(status.name(), utc(now), node, counts.read(), counts.written(), counts.skipped(),
                        batchInstanceId, batchExecutionId, message, runId)
                .update();
    }

    /** Records a failed attempt that the queue will retry: the run waits for a worker again, with why. */
    public void markRetrying(long runId, RunCounts counts, Long batchInstanceId, Long batchExecutionId, String node, String message) {
        jdbc.sql("UPDATE job_runs SET status = 'QUEUED', node = ?, read_count = ?, write_count = ?, skip_count = ?, "
                        + "batch_instance_id = ?, batch_execution_id = ?, message = ? WHERE id = ?")
                .params(node, counts.read(), counts.written(), counts.skipped(), batchInstanceId, batchExecutionId, message, runId)
                .update();
    }

    public Optional<Run> find(long runId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM job_runs WHERE id = ?").param(runId).query(RUNS).optional();
    }

    public Optional<Run> find(String jobName, Instant period, int revision) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM job_runs WHERE job_name = ? AND period = ? AND revision = ?")
                .params(jobName, utc(period), revision).query(RUNS).optional();
    }

    /** A period's highest revision: the run that says what the period's state is now. */
    public Optional<Run> latestRevision(String jobName, Instant period) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM job_runs WHERE job_name = ? AND period = ? ORDER BY revision DESC LIMIT 1")
                .params(jobName, utc(period)).query(RUNS).optional();
    }

    /**
     * The latest period the schedule itself accounted for: rows that Quartz fires and the catch-up sweep
     * wrote (run or skipped). Backfills and runs now are left out: an old backfill must not make the
     * sweep invent missed periods, and a run now must not hide the ones missed before it.
     */
    public Optional<Instant> latestScheduledPeriod(String jobName) {
        return jdbc.sql("SELECT MAX(period) AS latest FROM job_runs WHERE job_name = ? AND trigger IN ('SCHEDULE', 'CATCH_UP')")
                .param(jobName)
                .query((rs, i) -> Optional.ofNullable(instant(rs, "latest"))).single();
    }

    /** A job's runs, newest period first, strictly before {@code before} when given. */
    public List<Run> list(String jobName, Instant before, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM job_runs WHERE job_name = ? AND (CAST(? AS timestamptz) IS NULL OR period < ?) "
                        + "ORDER BY period DESC, revision DESC LIMIT ?")
                .params(jobName, utc(before), utc(before), limit).query(RUNS).list();
    }

    /** The run that has waited longest for a worker, if any is waiting. */
    public Optional<Run> oldestQueued() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM job_runs WHERE status = 'QUEUED' ORDER BY queued_at LIMIT 1").query(RUNS).optional();
    }

    /** Each job's latest run that ended (completed or failed), one per job. */
    public List<Run> latestFinishedPerJob() {
        return jdbc.sql("SELECT DISTINCT ON (job_name) " + COLUMNS + " FROM job_runs WHERE status IN ('COMPLETED', 'FAILED') "
                        + "ORDER BY job_name, finished_at DESC")
                .query(RUNS).list();
    }

    /**
     * A job's runs strictly after the keyset position ({@code period}, {@code revision}) in the order of
     * {@link #list}: newest period first, a period's highest revision first. The position is the last
     * row of the previous page, so rows of one period split across two pages are neither skipped nor repeated.
     */
    public List<Run> listAfter(String jobName, Instant period, int revision, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM job_runs WHERE job_name = ? AND (period, revision) < (?, ?) "
                        + "ORDER BY period DESC, revision DESC LIMIT ?")
                .params(jobName, utc(period), revision, limit).query(RUNS).list();
    }

    /** The runs waiting for a worker since before {@code queuedBefore}, oldest first, at most {@code limit}. */
    public List<Run> queuedBefore(Instant queuedBefore, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM job_runs WHERE status = 'QUEUED' AND queued_at < ? ORDER BY queued_at LIMIT ?")
                .params(utc(queuedBefore), limit).query(RUNS).list();
    }

    /** Runs waiting for a worker, over all jobs. */
    public long queued() {
        return jdbc.sql("SELECT count(*) FROM job_runs WHERE status = 'QUEUED'").query(Long.class).single();
    }

    private static Run run(ResultSet rs, int row) throws SQLException {
        return new Run(rs.getLong("id"), rs.getString("job_name"), instant(rs, "period"), rs.getInt("revision"),
                RunTrigger.valueOf(rs.getString("trigger")), RunStatus.valueOf(rs.getString("status")),
                instant(rs, "scheduled_at"), instant(rs, "queued_at"), instant(rs, "started_at"), instant(rs, "finished_at"),
                rs.getString("node"), rs.getInt("attempts"), rs.getLong("read_count"), rs.getLong("write_count"),
                rs.getLong("skip_count"), rs.getObject("jobrunr_job_id", UUID.class),
                nullableLong(rs, "batch_instance_id"), nullableLong(rs, "batch_execution_id"), rs.getString("message"));
    }

}
