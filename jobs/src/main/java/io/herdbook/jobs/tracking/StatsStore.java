package io.herdbook.jobs.tracking;

import io.herdbook.jobs.platform.PostStats;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Post stats snapshots and the narrow "latest stats per post" table kept beside them. An observation too far below the
 * post's last good snapshot ({@link SuspectDrop}) is stored with {@code suspect = true} and its reason, and moves
 * nothing: the latest row keeps the last good stats and no goal or payout reads a suspect snapshot. A later good
 * snapshot clears nothing; the suspect row stays as evidence.
 */
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
     * row-by-row upsert would end too; one row per post is also what a multi-row {@code DO UPDATE} requires. It takes
     * only snapshots this call inserted ({@code RETURNING}) and believed (no suspect reason): a retry of a slot whose
     * snapshot was held as suspect must not move the latest to numbers no snapshot row holds. The two parts read
     * neither's table, so running them as one statement changes nothing they see.
     */
    private static final String RECORD = """
            WITH observed AS (
                SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::timestamptz[], ?::timestamptz[], ?::bigint[], ?::bigint[],
                                     ?::bigint[], ?::bigint[], ?::bigint[], ?::boolean[], ?::text[])
                       WITH ORDINALITY AS o(organisation_id, post_id, observed_at, fetched_at, views, likes, comments, shares,
                                            saves, exact_counts, suspect_reason, n)
            ), snapshots AS (
                INSERT INTO post_stats_snapshots (organisation_id, post_id, observed_at, fetched_at, views, likes, comments,
                                                  shares, saves, exact_counts, suspect, suspect_reason)
                SELECT organisation_id, post_id, observed_at, fetched_at, views, likes, comments, shares, saves, exact_counts,
                       suspect_reason IS NOT NULL, suspect_reason
                  FROM observed ORDER BY n
                ON CONFLICT (post_id, observed_at) DO NOTHING
                RETURNING post_id, observed_at
            )
            INSERT INTO post_stats_latest (organisation_id, post_id, observed_at, fetched_at, views, likes, comments,
                                           shares, saves, exact_counts)
            SELECT DISTINCT ON (post_id) organisation_id, post_id, observed_at, fetched_at, views, likes, comments, shares,
                   saves, exact_counts
              FROM observed JOIN snapshots USING (post_id, observed_at)
             WHERE suspect_reason IS NULL ORDER BY post_id, observed_at DESC, n
            ON CONFLICT (post_id) DO UPDATE
               SET observed_at = excluded.observed_at, fetched_at = excluded.fetched_at, views = excluded.views,
                   likes = excluded.likes, comments = excluded.comments, shares = excluded.shares,
                   saves = excluded.saves, exact_counts = excluded.exact_counts
             WHERE post_stats_latest.observed_at < excluded.observed_at
            """;

    /**
     * Each observation's last good snapshot before its slot: the latest row when it is older than the slot (every
     * ordinary run), else (a backfill of an older slot, a retry of this one) the newest good snapshot before the slot,
     * looked up only then, since it probes every monthly partition.
     */
    private static final String LAST_GOOD = """
            SELECT o.n, g.observed_at, g.views, g.likes, g.comments, g.shares, g.saves, g.exact_counts
              FROM unnest(?::bigint[], ?::bigint[], ?::timestamptz[]) WITH ORDINALITY AS o(organisation_id, post_id, observed_at, n)
              LEFT JOIN post_stats_latest l ON l.post_id = o.post_id AND l.organisation_id = o.organisation_id
             CROSS JOIN LATERAL (
                     SELECT l.observed_at, l.views, l.likes, l.comments, l.shares, l.saves, l.exact_counts
                      WHERE l.observed_at < o.observed_at
                     UNION ALL
                     (SELECT ps.observed_at, ps.views, ps.likes, ps.comments, ps.shares, ps.saves, ps.exact_counts
                        FROM post_stats_snapshots ps
                       WHERE l.observed_at >= o.observed_at AND ps.post_id = o.post_id
                         AND ps.organisation_id = o.organisation_id AND ps.observed_at < o.observed_at AND NOT ps.suspect
                       ORDER BY ps.observed_at DESC LIMIT 1)) g
            """;

    private final JdbcTemplate jdbc;
    private final SuspectDrop suspectDrop;

    /** A store judging drops by {@link SuspectDrop#DEFAULTS}. */
    public StatsStore(JdbcTemplate jdbc) {
        this(jdbc, SuspectDrop.DEFAULTS);
    }

    @Autowired
    public StatsStore(JdbcTemplate jdbc, SuspectDrop suspectDrop) {
        this.jdbc = jdbc;
        this.suspectDrop = suspectDrop;
    }

    /** Records one observation; see {@link #recordAll(List)}. */
    public void record(long organisationId, long postId, PostStats stats, Instant observedAt, Instant fetchedAt) {
        recordAll(List.of(new Observation(organisationId, postId, stats, observedAt, fetchedAt)));
    }

    /**
     * Records observations, each once: the (post, slot) key turns a retry into a no-op. The latest table
     * only ever moves forward in slot order, so a late retry of an older slot cannot overwrite newer
     * stats. Each observation is judged against its last good snapshot before its slot ({@link SuspectDrop}); in one
     * call, two of the same post are both judged against what was stored before the call. Call inside the chunk's
     * transaction.
     */
    public void recordAll(List<Observation> observations) {
        if (observations.isEmpty()) {
            return;
        }
        String[] reasons = suspicions(observations);
        jdbc.update(RECORD, ps -> bind(ps, observations, reasons));
    }

    /**
     * Why a snapshot of {@code stats} for the post at {@code slot} would be held as suspect, judged as
     * {@link #recordAll(List)} judges it; empty when it would be believed. For writers outside the jobs (reparse).
     */
    public Optional<String> suspicion(long organisationId, long postId, Instant slot, PostStats stats) {
        return Optional.ofNullable(suspicions(List.of(new Observation(organisationId, postId, stats, slot, slot)))[0]);
    }

    /**
     * The views of the post's last good snapshot before {@code slot}, the baseline the suspect-drop rule judges against;
     * empty when it has none. For writers outside the jobs (reparse's zero rule).
     */
    public Optional<Long> lastGoodViews(long organisationId, long postId, Instant slot) {
        Long[] views = new Long[1];
        lastGood(List.of(new Observation(organisationId, postId, null, slot, slot)), (i, good, at) -> views[0] = good.views());
        return Optional.ofNullable(views[0]);
    }

    /** Per observation, why it is held as suspect, or null. */
    private String[] suspicions(List<Observation> observations) {
        String[] reasons = new String[observations.size()];
        lastGood(observations, (i, good, at) -> reasons[i] = suspectDrop.judge(good, at, observations.get(i).stats()).orElse(null));
        return reasons;
    }

    /** What {@link #lastGood} finds for the observation at {@code index}: its last good snapshot and that one's slot. */
    private interface LastGood {
        void found(int index, PostStats lastGood, Instant observedAt);
    }

    /** Each observation's last good snapshot before its slot ({@link #LAST_GOOD}), for those that have one. */
    private void lastGood(List<Observation> observations, LastGood found) {
        jdbc.query(LAST_GOOD, ps -> {
            Connection connection = ps.getConnection();
            ps.setArray(1, connection.createArrayOf("bigint", observations.stream().map(Observation::organisationId).toArray()));
            ps.setArray(2, connection.createArrayOf("bigint", observations.stream().map(Observation::postId).toArray()));
            ps.setArray(3, connection.createArrayOf("text", observations.stream().map(o -> Sql.utcText(o.observedAt())).toArray()));
        }, rs -> {
            found.found(rs.getInt("n") - 1, new PostStats(rs.getLong("views"), rs.getLong("likes"), rs.getLong("comments"),
                    rs.getLong("shares"), Sql.nullableLong(rs, "saves"), rs.getBoolean("exact_counts")), Sql.instant(rs, "observed_at"));
        });
    }

    private static void bind(PreparedStatement ps, List<Observation> observations, String[] reasons) throws SQLException {
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
        ps.setArray(11, connection.createArrayOf("text", reasons));
    }
}
