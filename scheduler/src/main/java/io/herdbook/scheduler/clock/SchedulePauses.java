package io.herdbook.scheduler.clock;

import static io.herdbook.jobs.tracking.Sql.instant;
import static io.herdbook.jobs.tracking.Sql.utc;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which schedules an operator paused, and when each last came back ({@code job_schedule_pauses}). */
@Repository
public class SchedulePauses {

    /** A schedule's pause state; {@code resumedAt} is empty while paused or if it never was resumed. */
    public record PauseState(boolean paused, Instant pausedAt, Optional<Instant> resumedAt, String changedBy) {
    }

    private final JdbcClient jdbc;

    public SchedulePauses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PauseState> state(String jobName) {
        return jdbc.sql("SELECT paused, paused_at, resumed_at, changed_by FROM job_schedule_pauses WHERE job_name = ?")
                .param(jobName)
                .query((rs, i) -> new PauseState(rs.getBoolean("paused"), instant(rs, "paused_at"),
                        Optional.ofNullable(instant(rs, "resumed_at")), rs.getString("changed_by")))
                .optional();
    }

    public boolean isPaused(String jobName) {
        return state(jobName).map(PauseState::paused).orElse(false);
    }

    public void paused(String jobName, String by, Instant now) {
        jdbc.sql("INSERT INTO job_schedule_pauses (job_name, paused, paused_at, changed_by) VALUES (?, true, ?, ?) "
                        + "ON CONFLICT (job_name) DO UPDATE SET paused = true, paused_at = EXCLUDED.paused_at, resumed_at = NULL, "
                        + "changed_by = EXCLUDED.changed_by")
                .params(jobName, utc(now), by).update();
    }

    public void resumed(String jobName, String by, Instant now) {
        jdbc.sql("UPDATE job_schedule_pauses SET paused = false, resumed_at = ?, changed_by = ? WHERE job_name = ? AND paused")
                .params(utc(now), by, jobName).update();
    }
}
