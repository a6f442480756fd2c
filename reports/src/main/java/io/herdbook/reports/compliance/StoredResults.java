package io.herdbook.reports.compliance;

import io.herdbook.jobs.goals.Goal;
import io.herdbook.jobs.goals.Period;
import io.herdbook.jobs.tracking.Sql;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** goal-evaluation's stored results of one goal's period, by creator. */
@Repository
class StoredResults {

    /** One stored row, as the job wrote it. */
    record Result(long creatorId, long target, Long actual, boolean met, long posts, Instant statsCutoff, Instant evaluatedAt) {
    }

    private final JdbcTemplate jdbc;

    StoredResults(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, Result> of(Goal goal, Period period) {
        Map<Long, Result> results = new LinkedHashMap<>();
        jdbc.query("""
                SELECT creator_id, target, actual, met, posts, stats_cutoff, evaluated_at FROM goal_results
                 WHERE organisation_id = ? AND goal_id = ? AND period_start = ? ORDER BY creator_id
                """, rs -> {
                    results.put(rs.getLong("creator_id"), new Result(rs.getLong("creator_id"), rs.getLong("target"),
                            Sql.nullableLong(rs, "actual"), rs.getBoolean("met"), rs.getLong("posts"),
                            Sql.instant(rs, "stats_cutoff"), Sql.instant(rs, "evaluated_at")));
                }, goal.organisationId(), goal.id(), period.start());
        return results;
    }
}
