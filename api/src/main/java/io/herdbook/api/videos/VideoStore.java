package io.herdbook.api.videos;

import io.herdbook.jobs.payouts.Keyset;
import io.herdbook.jobs.tracking.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The posts of an organisation as the video endpoints read and change them. Every statement is scoped by the
 * organisation, so another organisation's ids are simply not found. Joins the caller's transaction (the API's write
 * transaction), opening none of its own.
 */
@Repository
public class VideoStore {

    private static final String SELECT = """
            SELECT p.id, c.project_id, p.creator_id, c.handle, p.kind, p.platform_post_id, p.url, p.caption, p.posted_at,
                   p.posted_at_approximate, p.first_seen_at, p.tracking_status, p.thumbnail_url,
                   l.views, l.likes, l.comments, l.shares, l.saves, l.observed_at
              FROM posts p JOIN creators c ON c.id = p.creator_id AND c.organisation_id = p.organisation_id
              LEFT JOIN post_stats_latest l ON l.post_id = p.id AND l.organisation_id = p.organisation_id
            """;

    private final JdbcTemplate jdbc;

    VideoStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }


    /** Whether the project is the organisation's. */
    boolean projectOwned(long organisationId, long projectId) {
        return !jdbc.queryForList("SELECT 1 FROM projects WHERE organisation_id = ? AND id = ?", Integer.class,
                organisationId, projectId).isEmpty();
    }

    Optional<VideoView> find(long organisationId, long id) {
        return jdbc.query(SELECT + " WHERE p.organisation_id = ? AND p.id = ?", VideoStore::view, organisationId, id)
                .stream().findFirst();
    }

    /**
     * The organisation's post with this platform id, whichever creator it was found under: a post is one post, so a
     * link naming it under another handle (or in another project) is the same video, never a second row to pay for.
     */
    Optional<Long> idOfPlatformPost(long organisationId, String platformPostId) {
        return jdbc.queryForList("SELECT id FROM posts WHERE organisation_id = ? AND platform = 'tiktok' AND platform_post_id = ? ORDER BY id LIMIT 1",
                Long.class, organisationId, platformPostId).stream().findFirst();
    }

    /** The id of a new post, TRACKED; or of the known one, untouched. */
    record Added(long id, boolean created) {
    }

    /** Adds the post TRACKED unless the creator already has it (then it is returned as it is). */
    Added add(long organisationId, long creatorId, VideoUrl url, Instant firstSeenAt) {
        List<Long> inserted = jdbc.queryForList("""
                INSERT INTO posts (organisation_id, creator_id, platform_post_id, kind, url, posted_at, posted_at_approximate,
                                   first_seen_at, tracking_status)
                VALUES (?, ?, ?, ?, ?, ?, true, ?, 'TRACKED')
                ON CONFLICT (creator_id, platform, platform_post_id) DO NOTHING
                RETURNING id""", Long.class, organisationId, creatorId, url.postId(), url.kind().name(), url.canonical(),
                Sql.utc(url.postedAt()), Sql.utc(firstSeenAt));
        if (!inserted.isEmpty()) {
            return new Added(inserted.getFirst(), true);
        }
        return new Added(jdbc.queryForObject("""
                SELECT id FROM posts WHERE organisation_id = ? AND creator_id = ? AND platform = 'tiktok' AND platform_post_id = ?""",
                Long.class, organisationId, creatorId, url.postId()), false);
    }

    /** A project's videos newest first by (posted_at, id), after {@code after} (null for the first page), of one status or all. */
    List<VideoView> page(long organisationId, long projectId, String status, Keyset after, int limit) {
        List<Object> args = new ArrayList<>(List.of(organisationId, projectId));
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE p.organisation_id = ? AND c.project_id = ?");
        if (status != null) {
            sql.append(" AND p.tracking_status = ?");
            args.add(status);
        }
        if (after != null) {
            // The cursor is (posted_at, id): posts added in one call share posted_at often enough (one second of ids).
            sql.append(" AND (p.posted_at, p.id) < (?, ?)");
            args.add(Sql.utc(after.at()));
            args.add(after.id());
        }
        sql.append(" ORDER BY p.posted_at DESC, p.id DESC LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), VideoStore::view, args.toArray());
    }

    /** Those of {@code ids} that are not the organisation's posts (unknown or another's), in the order given. */
    List<Long> notOwned(long organisationId, List<Long> ids) {
        List<Long> owned = jdbc.queryForList("SELECT id FROM posts WHERE organisation_id = ? AND id = ANY (?)", Long.class,
                organisationId, ids.toArray(Long[]::new));
        return ids.stream().filter(id -> !owned.contains(id)).toList();
    }

    /** Those of the organisation's {@code ids} that are not PENDING in the project's inbox. */
    List<Long> notPendingIn(long organisationId, long projectId, List<Long> ids) {
        List<Long> pending = jdbc.queryForList("""
                SELECT p.id FROM posts p JOIN creators c ON c.id = p.creator_id AND c.organisation_id = p.organisation_id
                 WHERE p.organisation_id = ? AND c.project_id = ? AND p.tracking_status = 'PENDING' AND p.id = ANY (?)""",
                Long.class, organisationId, projectId, ids.toArray(Long[]::new));
        return ids.stream().filter(id -> !pending.contains(id)).toList();
    }

    /** Sets the tracking status of the organisation's posts; {@code posts.tracked} follows it (the V27 trigger). */
    int setTracking(long organisationId, List<Long> ids, String status) {
        return jdbc.update("UPDATE posts SET tracking_status = ? WHERE organisation_id = ? AND id = ANY (?) AND tracking_status <> ?",
                status, organisationId, ids.toArray(Long[]::new), status);
    }

    boolean reviewDiscovered(long organisationId, long projectId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT review_discovered FROM projects WHERE organisation_id = ? AND id = ?",
                Boolean.class, organisationId, projectId));
    }

    void setReviewDiscovered(long organisationId, long projectId, boolean review) {
        jdbc.update("UPDATE projects SET review_discovered = ? WHERE organisation_id = ? AND id = ?", review, organisationId, projectId);
    }

    private static VideoView view(ResultSet rs, int row) throws SQLException {
        Long views = Sql.nullableLong(rs, "views");
        VideoView.Stats stats = views == null ? null : new VideoView.Stats(views, rs.getLong("likes"), rs.getLong("comments"),
                rs.getLong("shares"), Sql.nullableLong(rs, "saves"), Sql.instant(rs, "observed_at"));
        return new VideoView(rs.getLong("id"), rs.getLong("project_id"), rs.getLong("creator_id"), rs.getString("handle"),
                rs.getString("kind"), rs.getString("platform_post_id"), rs.getString("url"), rs.getString("caption"),
                Sql.instant(rs, "posted_at"), rs.getBoolean("posted_at_approximate"), Sql.instant(rs, "first_seen_at"),
                rs.getString("tracking_status"), rs.getString("thumbnail_url"), stats);
    }
}
