package io.herdbook.jobs.goals;

import io.herdbook.jobs.tracking.Sql;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code evaluated_periods} table: which goal or payout-structure periods goal-evaluation has done. */
@Repository
public class EvaluatedPeriods {

    /** What was evaluated. Stored as text. */
    public enum Subject { GOAL, PAYOUT_STRUCTURE }

    private final JdbcTemplate jdbc;

    public EvaluatedPeriods(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The period starts of {@code subjectId} already evaluated, from {@code since} on. */
    public Set<LocalDate> done(Subject subject, long subjectId, LocalDate since) {
        return new HashSet<>(jdbc.queryForList("""
                SELECT period_start FROM evaluated_periods WHERE subject = ? AND subject_id = ? AND period_start >= ?
                """, LocalDate.class, subject.name(), subjectId, since));
    }

    public boolean isDone(Subject subject, long subjectId, LocalDate periodStart) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM evaluated_periods WHERE subject = ? AND subject_id = ? AND period_start = ?)",
                Boolean.class, subject.name(), subjectId, periodStart));
    }

    /** Records the evaluation; false when another run recorded it first (its rows stand, ours were not written). */
    public boolean mark(long organisationId, Subject subject, long subjectId, LocalDate periodStart, Instant at, long rows) {
        return jdbc.update("""
                INSERT INTO evaluated_periods (organisation_id, subject, subject_id, period_start, evaluated_at, rows_written)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
                """, organisationId, subject.name(), subjectId, periodStart, Sql.utc(at), rows) == 1;
    }
}
