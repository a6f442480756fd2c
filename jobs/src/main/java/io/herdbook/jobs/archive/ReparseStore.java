package io.herdbook.jobs.archive;

import io.herdbook.jobs.platform.PostStats;
import io.herdbook.jobs.tracking.CreatorRef;
import io.herdbook.jobs.tracking.Sql;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What a reparse reads and writes beside the posts: the creator and post a payload belongs to, and the (post, slot)
 * snapshot it measured. Every query is scoped by the payload's organisation.
 */
@Repository
class ReparseStore {

    private final JdbcTemplate jdbc;

    ReparseStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CreatorRef> creator(long organisationId, long creatorId) {
        return jdbc.query("SELECT " + CreatorRef.COLUMNS + " FROM creators WHERE organisation_id = ? AND id = ?",
                CreatorRef.ROWS, organisationId, creatorId).stream().findFirst();
    }

    Optional<Long> postId(long organisationId, long creatorId, String platformPostId) {
        List<Long> ids = jdbc.queryForList("""
                SELECT id FROM posts WHERE organisation_id = ? AND creator_id = ? AND platform = 'tiktok' AND platform_post_id = ?
                """, Long.class, organisationId, creatorId, platformPostId);
        return ids.stream().findFirst();
    }

    /** The stored (post, slot) snapshot's counts, locked for the rest of the transaction; empty when there is none. */
    Optional<PostStats> lockSnapshot(long organisationId, long postId, Instant slot) {
        return jdbc.query("""
                SELECT views, likes, comments, shares, saves, exact_counts FROM post_stats_snapshots
                 WHERE organisation_id = ? AND post_id = ? AND observed_at = ? FOR UPDATE""",
                (rs, i) -> new PostStats(rs.getLong("views"), rs.getLong("likes"), rs.getLong("comments"), rs.getLong("shares"),
                        Sql.nullableLong(rs, "saves"), rs.getBoolean("exact_counts")),
                organisationId, postId, Sql.utc(slot)).stream().findFirst();
    }

    /**
     * @param suspectReason why the snapshot is held as suspect (as stats-refresh would hold it), or null
     * @return true when the row was new (a job writing the same slot meanwhile wins, as its own retry would)
     */
    boolean insertSnapshot(long organisationId, long postId, Instant slot, Instant fetchedAt, PostStats stats, String suspectReason) {
        return jdbc.update("""
                INSERT INTO post_stats_snapshots (organisation_id, post_id, observed_at, fetched_at, views, likes, comments,
                                                  shares, saves, exact_counts, suspect, suspect_reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (post_id, observed_at) DO NOTHING""",
                organisationId, postId, Sql.utc(slot), Sql.utc(fetchedAt), stats.views(), stats.likes(), stats.comments(),
                stats.shares(), stats.saves(), stats.exact(), suspectReason != null, suspectReason) == 1;
    }

    /**
     * Sets the snapshot's counts to what the payload says now, judged again for a suspect drop (a parser fix may turn a
     * suspect reading into a good one, or the reverse); its fetched_at stays (the fetch is the same one).
     */
    void correctSnapshot(long organisationId, long postId, Instant slot, PostStats stats, String suspectReason) {
        jdbc.update("""
                UPDATE post_stats_snapshots SET views = ?, likes = ?, comments = ?, shares = ?, saves = ?, exact_counts = ?,
                       suspect = ?, suspect_reason = ?
                 WHERE organisation_id = ? AND post_id = ? AND observed_at = ?""",
                stats.views(), stats.likes(), stats.comments(), stats.shares(), stats.saves(), stats.exact(),
                suspectReason != null, suspectReason, organisationId, postId, Sql.utc(slot));
    }

    /**
     * Brings {@code post_stats_latest} in line with a written or corrected snapshot: it moves forward to a newer slot,
     * as the jobs move it, and takes the corrected counts when it holds that very slot.
     */
    void alignLatest(long organisationId, long postId, Instant slot, Instant fetchedAt, PostStats stats) {
        jdbc.update("""
                INSERT INTO post_stats_latest (organisation_id, post_id, observed_at, fetched_at, views, likes, comments,
                                               shares, saves, exact_counts)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (post_id) DO UPDATE
                   SET observed_at = excluded.observed_at,
                       fetched_at = CASE WHEN post_stats_latest.observed_at = excluded.observed_at
                                         THEN post_stats_latest.fetched_at ELSE excluded.fetched_at END,
                       views = excluded.views, likes = excluded.likes, comments = excluded.comments,
                       shares = excluded.shares, saves = excluded.saves, exact_counts = excluded.exact_counts
                 WHERE post_stats_latest.organisation_id = excluded.organisation_id
                   AND post_stats_latest.observed_at <= excluded.observed_at""",
                organisationId, postId, Sql.utc(slot), Sql.utc(fetchedAt), stats.views(), stats.likes(), stats.comments(),
                stats.shares(), stats.saves(), stats.exact());
    }

    /** How many payout lines froze this snapshot's views. */
    long payoutLinesOn(long organisationId, long postId, Instant slot) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM payout_accruals WHERE organisation_id = ? AND post_id = ? AND snapshot_observed_at = ?""",
                Long.class, organisationId, postId, Sql.utc(slot));
    }
}
