package io.herdbook.jobs.tracking;

import io.herdbook.jobs.platform.PostStats;
import java.sql.Connection;
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

    /**
     * Both writes of a call in one statement: the observations arrive as one array per column, so a chunk costs one
     * round trip and one statement, not two statements per post. The snapshots go in {@code ON CONFLICT DO NOTHING}
     * (of two equal keys in one call the first wins, as it did row by row). The latest table takes, per post, the
     * call's newest slot (the first of equal ones) and only if it is newer than the stored one, which is where a
     * row-by-row upsert would end too; one row per post is also what a multi-row {@code DO UPDATE} requires. The two
     * parts read neither's table, so running them as one statement changes nothing they see.
     */
    private static final String RECORD = """
            WITH observed AS (
                SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::timestamptz[], ?::timestamptz[], ?::bigint[], ?::bigint[],
                                     ?::bigint[], ?::bigint[], ?::bigint[], ?::boolean[])
                       WITH ORDINALITY AS o(organisation_id, post_id, observed_at, fetched_at, views, likes, comments, shares,
                                            saves, exact_counts, n)
            ), snapshots AS (
                INSERT INTO post_stats_snapshots (organisation_id, post_id, observed_at, fetched_at, views, likes, comments,
                                                  shares, saves, exact_counts)
                SELECT organisation_id, post_id, observed_at, fetched_at, views, likes, comments, shares, saves, exact_counts
                  FROM observed ORDER BY n
                ON CONFLICT (post_id, observed_at) DO NOTHING
            )
            INSERT INTO post_stats_latest (organisation_id, post_id, observed_at, fetched_at, views, likes, comments,
                                           shares, saves, exact_counts)
            SELECT DISTINCT ON (post_id) organisation_id, post_id, observed_at, fetched_at, views, likes, comments, shares,
                   saves, exact_counts
              FROM observed ORDER BY post_id, observed_at DESC, n
            ON CONFLICT (post_id) DO UPDATE
               SET observed_at = excluded.observed_at, fetched_at = excluded.fetched_at, views = excluded.views,
                   likes = excluded.likes, comments = excluded.comments, shares = excluded.shares,
                   saves = excluded.saves, exact_counts = excluded.exact_counts
             WHERE post_stats_latest.observed_at < excluded.observed_at
            """;

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
        jdbc.update(RECORD, ps -> bind(ps, observations));
    }

    private static void bind(PreparedStatement ps, List<Observation> observations) throws SQLException {
        int n = observations.size();
        Long[] organisations = new Long[n];
        Long[] posts = new Long[n];
        String[] observedAt = new String[n];
        String[] fetchedAt = new String[n];
        Long[] views = new Long[n];
        Long[] likes = new Long[n];
        Long[] comments = new Long[n];
        Long[] shares = new Long[n];
        Long[] saves = new Long[n];
        Boolean[] exact = new Boolean[n];
        for (int i = 0; i < n; i++) {
            Observation o = observations.get(i);
            organisations[i] = o.organisationId();
            posts[i] = o.postId();
            observedAt[i] = Sql.utcText(o.observedAt());
            fetchedAt[i] = Sql.utcText(o.fetchedAt());
            views[i] = o.stats().views();
            likes[i] = o.stats().likes();
            comments[i] = o.stats().comments();
            shares[i] = o.stats().shares();
            saves[i] = o.stats().saves();
            exact[i] = o.stats().exact();
        }
        Connection connection = ps.getConnection();
        ps.setArray(1, connection.createArrayOf("bigint", organisations));
        ps.setArray(2, connection.createArrayOf("bigint", posts));
        ps.setArray(3, connection.createArrayOf("text", observedAt));
        ps.setArray(4, connection.createArrayOf("text", fetchedAt));
        ps.setArray(5, connection.createArrayOf("bigint", views));
        ps.setArray(6, connection.createArrayOf("bigint", likes));
        ps.setArray(7, connection.createArrayOf("bigint", comments));
        ps.setArray(8, connection.createArrayOf("bigint", shares));
        ps.setArray(9, connection.createArrayOf("bigint", saves));
        ps.setArray(10, connection.createArrayOf("boolean", exact));
    }
}
