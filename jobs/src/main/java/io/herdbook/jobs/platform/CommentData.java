package io.herdbook.jobs.platform;

import java.time.Instant;

/**
 * One comment on a post.
 *
 * @param id           the comment id ({@code cid})
 * @param postId       the post it belongs to ({@code aweme_id})
 * @param authorHandle the commenter's unique id
 * @param text         the text, possibly empty (an image-only comment)
 * @param imageCount   number of images attached
 * @param createdAt    create_time; when absent or earlier than {@code cid >>> 32} (impossible), that id time
 * @param likes        digg_count (0 when absent or unreadable)
 * @param replies      reply_comment_total (0 when absent or unreadable)
 */
public record CommentData(
        String id, String postId, String authorHandle, String text, int imageCount, Instant createdAt, long likes, long replies) {
}
