package io.herdbook.jobs.goals;

import io.herdbook.jobs.tracking.Sql;
import java.sql.Array;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The tracked posts some creators put up in a period, each measured by its latest snapshot before a
 * {@link StatsCutoff}, in (creator, posted time, id) order. Goals and payouts both measure through this one
 * query, so a compliance figure, a goal result and a payout line never disagree on the same stats.
 */
@Repository
public class PeriodPosts {

    // The cutoff per post: a fixed instant, or posted_at + window. A snapshot held as suspect (StatsStore) is never
    // measured: the post counts with its last good one before the cutoff. Liveness: the latest post-page fetch
    // before the cutoff that said something about the post (DATA, NOT_FOUND, PRIVATE); blocked and failed
    // fetches are no evidence either way, so they are left out.
    private static final String MEASURE = """
            SELECT p.id, p.creator_id, p.platform_post_id, p.posted_at, s.observed_at, s.views, s.likes,
                   coalesce(f.outcome, 'DATA') = 'DATA' AS live
              FROM posts p
              CROSS JOIN LATERAL (SELECT coalesce(p.posted_at + ?::interval, ?::timestamptz) AS cutoff) c
              LEFT JOIN LATERAL (
                     SELECT ps.observed_at, ps.views, ps.likes FROM post_stats_snapshots ps
                      WHERE ps.post_id = p.id AND ps.observed_at < c.cutoff AND NOT ps.suspect
                      ORDER BY ps.observed_at DESC LIMIT 1) s ON true
              LEFT JOIN LATERAL (
                     SELECT fa.outcome FROM fetch_attempts fa
                      WHERE fa.post_id = p.id AND fa.observed_at < c.cutoff
                        AND fa.outcome IN ('DATA', 'NOT_FOUND', 'PRIVATE')
                      ORDER BY fa.observed_at DESC LIMIT 1) f ON true
             WHERE p.organisation_id = ? AND p.creator_id = ANY (?) AND p.tracked
               AND p.posted_at >= ? AND p.posted_at < ?
             ORDER BY p.creator_id, p.posted_at, p.id
            """;

    private final JdbcTemplate jdbc;

    public PeriodPosts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The posts {@code creatorIds} (of {@code organisationId}) put up in {@code period}, measured per {@code cutoff}. */
    public List<PostMeasure> measure(long organisationId, Collection<Long> creatorIds, Period period, StatsCutoff cutoff) {
        if (creatorIds.isEmpty()) {
            return List.of();
        }
        String window = cutoff instanceof StatsCutoff.AfterPosting after ? after.window().toSeconds() + " seconds" : null;
        Instant fixed = cutoff instanceof StatsCutoff.At at ? at.instant() : null;
        return jdbc.query(connection -> {
            var statement = connection.prepareStatement(MEASURE);
            Array creators = connection.createArrayOf("bigint", creatorIds.toArray());
            statement.setString(1, window);
            statement.setObject(2, Sql.utc(fixed));
            statement.setLong(3, organisationId);
            statement.setArray(4, creators);
            statement.setObject(5, Sql.utc(period.from()));
            statement.setObject(6, Sql.utc(period.to()));
            return statement;
        }, (rs, row) -> {
            Instant observed = Sql.instant(rs, "observed_at");
            return new PostMeasure(rs.getLong("id"), rs.getLong("creator_id"), rs.getString("platform_post_id"),
                    Sql.instant(rs, "posted_at"), observed, observed == null ? 0 : rs.getLong("views"),
                    observed == null ? 0 : rs.getLong("likes"), rs.getBoolean("live"));
        });
    }
}
