package io.herdbook.reports.creators;

import io.herdbook.jobs.tracking.Sql;
import io.herdbook.reports.completeness.Completeness;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads creator and post summaries of one organisation, a page at a time by id. */
@Repository
public class CreatorSummaries {

    private static final String CREATOR_SELECT = """
            SELECT c.id, c.handle, c.status, c.disabled_reason, c.consecutive_failures, s.followers, s.following, s.likes_received, s.post_count,
                   (SELECT count(*) FROM posts p WHERE p.creator_id = c.id) AS posts_found,
                   (SELECT sum(l.views) FROM posts p JOIN post_stats_latest l ON l.post_id = p.id
                     WHERE p.creator_id = c.id) AS total_views,
                   f.outcome AS last_outcome, f.attempted_at AS last_fetched_at, k.captured AS captured_since_start, k.expected
              FROM creators c
              JOIN (%s) k ON k.creator_id = c.id
              LEFT JOIN LATERAL (SELECT * FROM creator_snapshots cs WHERE cs.creator_id = c.id
                                  ORDER BY cs.observed_at DESC LIMIT 1) s ON true
              LEFT JOIN LATERAL (SELECT fa.outcome, fa.attempted_at FROM fetch_attempts fa WHERE fa.creator_id = c.id
                                  ORDER BY fa.attempted_at DESC, fa.id DESC LIMIT 1) f ON true
            """;

    private static final String SELECT = CREATOR_SELECT.formatted(Completeness.CREATOR_ROWS);

    private final JdbcTemplate jdbc;

    public CreatorSummaries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} creators of the organisation with id greater than {@code afterId}, in id order. */
    public List<CreatorSummary> creators(long organisationId, long afterId, int limit) {
        return jdbc.query(SELECT + " WHERE c.organisation_id = ? AND c.id > ? ORDER BY c.id LIMIT ?",
                (rs, i) -> creator(rs), organisationId, afterId, limit);
    }

    /** One creator of the organisation, or empty (also when it belongs to another organisation). */
    public Optional<CreatorSummary> creator(long organisationId, long creatorId) {
        return jdbc.query(SELECT + " WHERE c.organisation_id = ? AND c.id = ?",
                (rs, i) -> creator(rs), organisationId, creatorId).stream().findFirst();
    }

    /** Whether the organisation has this creator: a key lookup, without the summary's counts. */
    public boolean exists(long organisationId, long creatorId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM creators WHERE organisation_id = ? AND id = ?)", Boolean.class, organisationId, creatorId));
    }

    /** Up to {@code limit} posts of a creator, newest first, after the given (posted_at, id) keyset position. */
    public List<PostSummary> posts(long organisationId, long creatorId, PostCursor after, int limit) {
        String keyset = after == null ? "" : " AND (p.posted_at, p.id) < (?, ?)";
        Object[] args = after == null
                ? new Object[] {organisationId, creatorId, limit}
                : new Object[] {organisationId, creatorId, Sql.utc(after.postedAt()), after.id(), limit};
        return jdbc.query("""
                SELECT p.id, p.platform_post_id, p.kind, p.image_count, p.url, p.caption, p.posted_at, p.posted_at_approximate,
                       l.views, l.likes, l.comments, l.shares, l.saves, l.observed_at
                  FROM posts p LEFT JOIN post_stats_latest l ON l.post_id = p.id
                 WHERE p.organisation_id = ? AND p.creator_id = ?""" + keyset + """
                 ORDER BY p.posted_at DESC, p.id DESC LIMIT ?
                """, (rs, i) -> new PostSummary(rs.getLong("id"), rs.getString("platform_post_id"), rs.getString("kind"),
                rs.getInt("image_count"), rs.getString("url"), rs.getString("caption"), Sql.instant(rs, "posted_at"),
                rs.getBoolean("posted_at_approximate"), Sql.nullableLong(rs, "views"), Sql.nullableLong(rs, "likes"),
                Sql.nullableLong(rs, "comments"), Sql.nullableLong(rs, "shares"), Sql.nullableLong(rs, "saves"),
                Sql.instant(rs, "observed_at")), args);
    }

    private static CreatorSummary creator(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CreatorSummary(rs.getLong("id"), rs.getString("handle"), rs.getString("status"), rs.getString("disabled_reason"),
                rs.getInt("consecutive_failures"),
                Sql.nullableLong(rs, "followers"), Sql.nullableLong(rs, "following"), Sql.nullableLong(rs, "likes_received"),
                Sql.nullableLong(rs, "post_count"), rs.getLong("posts_found"), Sql.nullableLong(rs, "total_views"),
                rs.getString("last_outcome"), Sql.instant(rs, "last_fetched_at"),
                Completeness.ratio(rs.getLong("captured_since_start"), Sql.nullableLong(rs, "expected")));
    }
}
