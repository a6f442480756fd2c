package io.herdbook.jobs.tracking;

import io.herdbook.jobs.platform.PostStats;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Post stats snapshots and the narrow "latest stats per post" table kept beside them. */
@Repository
public class StatsStore {

    private final JdbcTemplate jdbc;

    public StatsStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records one observation of a post in a slot, once: the (post, slot) key turns a retry into a
     * no-op. The latest table only ever moves forward in slot order, so a late retry of an older slot
     * cannot overwrite newer stats. Call inside the chunk's transaction.
     */
    public void record(long organisationId, long postId, PostStats stats, Instant observedAt, Instant fetchedAt) {
        Object[] values = {organisationId, postId, Sql.utc(observedAt), Sql.utc(fetchedAt), stats.views(), stats.likes(),
                stats.comments(), stats.shares(), stats.saves(), stats.exact()};
        jdbc.update("""
                INSERT INTO post_stats_snapshots (organisation_id, post_id, observed_at, fetched_at, views, likes, comments,
                                                  shares, saves, exact_counts)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (post_id, observed_at) DO NOTHING
                """, values);
        jdbc.update("""
                INSERT INTO post_stats_latest (organisation_id, post_id, observed_at, fetched_at, views, likes, comments,
                                               shares, saves, exact_counts)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (post_id) DO UPDATE
                   SET observed_at = excluded.observed_at, fetched_at = excluded.fetched_at, views = excluded.views,
                       likes = excluded.likes, comments = excluded.comments, shares = excluded.shares,
                       saves = excluded.saves, exact_counts = excluded.exact_counts
                 WHERE post_stats_latest.observed_at < excluded.observed_at
                """, values);
    }
}
