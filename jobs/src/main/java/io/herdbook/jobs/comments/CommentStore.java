package io.herdbook.jobs.comments;

import io.herdbook.jobs.platform.CommentData;
import io.herdbook.jobs.tracking.Sql;
import io.herdbook.jobs.tracking.TrackedPost;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The comments table and each post's {@code comments_swept_at}, written in JDBC batches inside the caller's transaction. */
final class CommentStore {

    /** One comment of one post row (a video tracked by two organisations has a row per organisation). */
    record Row(TrackedPost post, ScoredComment scored) {
    }

    /**
     * The (post, platform comment id) key makes a retry or a later sweep update the counters of the row
     * already there; text, time, first sighting and sentiment stay as first stored.
     */
    private static final String UPSERT = """
            INSERT INTO comments (organisation_id, post_id, platform_comment_id, author_handle, text, image_count, posted_at,
                                  likes, replies, sentiment, sentiment_score, unscored_reason, first_seen_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (post_id, platform_comment_id) DO UPDATE
               SET likes = excluded.likes, replies = excluded.replies, updated_at = excluded.updated_at
            """;
    /** Forward only, so a late retry of an older slot cannot make a post look less recently swept. */
    private static final String MARK_SWEPT = """
            UPDATE posts SET comments_swept_at = GREATEST(comments_swept_at, ?) WHERE id = ? AND organisation_id = ?
            """;
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;

    CommentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts new comments and moves the counters of known ones; the rows of one post must have distinct comment ids. */
    void upsert(List<Row> rows, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(UPSERT, rows, BATCH, (ps, row) -> {
            CommentData c = row.scored().comment();
            ps.setLong(1, row.post().organisationId());
            ps.setLong(2, row.post().id());
            ps.setString(3, c.id());
            ps.setString(4, c.authorHandle());
            ps.setString(5, c.text());
            ps.setInt(6, c.imageCount());
            ps.setObject(7, Sql.utc(c.createdAt()));
            ps.setLong(8, c.likes());
            ps.setLong(9, c.replies());
            ps.setString(10, row.scored().sentiment().label().name());
            ps.setObject(11, row.scored().sentiment().compound());
            ps.setString(12, row.scored().sentiment().unscoredReason());
            ps.setObject(13, Sql.utc(now));
            ps.setObject(14, Sql.utc(now));
        });
    }

    /** Records that these posts were swept in {@code slot}. */
    void markSwept(Collection<TrackedPost> posts, Instant slot) {
        if (posts.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(MARK_SWEPT, posts, BATCH, (ps, post) -> {
            ps.setObject(1, Sql.utc(slot));
            ps.setLong(2, post.id());
            ps.setLong(3, post.organisationId());
        });
    }
}
