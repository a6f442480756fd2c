package io.herdbook.jobs.tracking;

import io.herdbook.jobs.platform.PostStats;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Post stats snapshots and the narrow "latest stats per post" table kept beside them. */
@Repository
public class StatsStore {

    /** One observation of one post in one slot. */
    public record Observation(long organisationId, long postId, PostStats stats, Instant observedAt, Instant fetchedAt) {
    }

    private static final String INSERT_SNAPSHOT = """
            INSERT INTO post_stats_snapshots (organisation_id, post_id, observed_at, fetched_at, views, likes, comments,
                                              shares, saves, exact_counts)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (post_id, observed_at) DO NOTHING
            """;
    private static final String UPSERT_LATEST = """
            INSERT INTO post_stats_latest (organisation_id, post_id, observed_at, fetched_at, views, likes, comments,
                                           shares, saves, exact_counts)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (post_id) DO UPDATE
               SET observed_at = excluded.observed_at, fetched_at = excluded.fetched_at, views = excluded.views,
                   likes = excluded.likes, comments = excluded.comments, shares = excluded.shares,
                   saves = excluded.saves, exact_counts = excluded.exact_counts
             WHERE post_stats_latest.observed_at < excluded.observed_at
            """;
    /** Rows per JDBC batch: the stats table is the big one, so a chunk goes in two round trips, not two per post. */
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;

    public StatsStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records one observation; see {@link #recordAll(List)}. */
    public void record(long organisationId, long postId, PostStats stats, Instant observedAt, Instant fetchedAt) {
        recordAll(List.of(new Observation(organisationId, postId, stats, observedAt, fetchedAt)));
    }

    /**
     * Records observations, each once: the (post, slot) key turns a retry into a no-op. The latest table
     * only ever moves forward in slot order, so a late retry of an older slot cannot overwrite newer
     * stats. Call inside the chunk's transaction.
     */
    public void recordAll(List<Observation> observations) {
        if (observations.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(INSERT_SNAPSHOT, observations, BATCH, StatsStore::bind);
        jdbc.batchUpdate(UPSERT_LATEST, observations, BATCH, StatsStore::bind);
    }

    private static void bind(PreparedStatement ps, Observation o) throws SQLException {
        ps.setLong(1, o.organisationId());
        ps.setLong(2, o.postId());
        ps.setObject(3, Sql.utc(o.observedAt()));
        ps.setObject(4, Sql.utc(o.fetchedAt()));
        ps.setLong(5, o.stats().views());
        ps.setLong(6, o.stats().likes());
        ps.setLong(7, o.stats().comments());
        ps.setLong(8, o.stats().shares());
        ps.setObject(9, o.stats().saves());
        ps.setBoolean(10, o.stats().exact());
    }
}
