package io.herdbook.jobs.refresh;

import io.herdbook.jobs.platform.PostKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The FROM clause of the posts a stats-refresh run of one slot fetches: tracked posts of {@code ACTIVE} creators that
 * are <em>due</em>. The manager step counts its rows and each partition's reader pages through them, so a post that is
 * not due, untracked or of a creator that is not active is never read into Java, let alone fetched.
 *
 * <p>Due means: never tried by stats-refresh, or its newest stats-refresh attempt (any outcome: a failing post is
 * retried at its rung's pace, not every run) was at least its interval before the slot. The interval comes from the
 * kind's {@link RefreshCadence} ladder by the post's age at the slot ({@code slot - posted_at}); a post without any
 * snapshot yet is treated as age 0 (the youngest rung), because it has no number at all. Every time is a slot (the
 * attempt's {@code observed_at} and this run's slot), never the wall clock, so a late or repeated run of a slot reads
 * exactly what the slot would have: a second run of a slot finds nothing due, since every post it fetched now has an
 * attempt at this slot.
 *
 * <p>The slot is written into the SQL as a literal (it is a parsed {@link Instant}, and the ladder's durations are
 * whole seconds), because the manager's count query takes no parameters of its own.
 */
final class DuePosts {

    private DuePosts() {
    }

    /** {@code FROM (...) AS tracked_posts} with the columns the reader maps, and {@code creator_id} for the partitions. */
    static String fromClause(RefreshCadence cadence, Instant slot) {
        String at = "'" + slot + "'::timestamptz";
        return """
                FROM (SELECT p.id, p.organisation_id, p.creator_id, c.handle, p.platform_post_id, p.kind, l.views AS latest_views
                        FROM posts p JOIN creators c ON c.id = p.creator_id AND c.organisation_id = p.organisation_id
                        LEFT JOIN post_stats_latest l ON l.post_id = p.id AND l.organisation_id = p.organisation_id
                       CROSS JOIN LATERAL (SELECT CASE WHEN l.post_id IS NULL THEN interval '0' ELSE %1$s - p.posted_at END AS age) a
                        LEFT JOIN LATERAL (SELECT fa.observed_at FROM fetch_attempts fa
                                            WHERE fa.post_id = p.id AND fa.organisation_id = p.organisation_id
                                              AND fa.job_name = '%2$s'
                                            ORDER BY fa.observed_at DESC LIMIT 1) tried ON true
                       WHERE p.tracked AND c.status = 'ACTIVE'
                         AND (tried.observed_at IS NULL OR tried.observed_at <= %1$s - %3$s)) AS tracked_posts"""
                .formatted(at, StatsRefreshJobConfiguration.JOB_NAME, interval(cadence));
    }

    /** The post's interval as an SQL expression over {@code p.kind} and {@code a.age}: its kind's ladder. */
    private static String interval(RefreshCadence cadence) {
        StringBuilder sql = new StringBuilder("(CASE p.kind");
        for (PostKind kind : PostKind.values()) {
            sql.append(" WHEN '").append(kind.name()).append("' THEN ").append(ladder(cadence.of(kind)));
        }
        return sql.append(" END)").toString();
    }

    private static String ladder(List<RefreshCadence.Rung> rungs) {
        if (rungs.size() == 1) {
            return seconds(rungs.get(0).interval());   // one rung for every age: no CASE (SQL has no CASE of ELSE only)
        }
        StringBuilder sql = new StringBuilder("CASE");
        for (RefreshCadence.Rung rung : rungs) {
            sql.append(rung.maxAge() == null ? " ELSE " : " WHEN a.age < " + seconds(rung.maxAge()) + " THEN ")
                    .append(seconds(rung.interval()));
        }
        return sql.append(" END").toString();
    }

    private static String seconds(Duration duration) {
        return "interval '" + duration.toSeconds() + " seconds'";
    }
}
