package io.herdbook.reports.sentiment;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A keyset position in a list of comments: the last comment's sort value (its time, or its likes) and
 * its id, tagged with the order it belongs to so a cursor of one order is refused by another. Serialised
 * as an opaque URL-safe token.
 */
public record CommentCursor(CommentOrder order, Instant postedAt, long likes, long id) {

    /** The range a comment time can have; a forged token is refused here, not by the database. */
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    /** The position just after {@code comment} in {@code order}. */
    public static CommentCursor after(CommentOrder order, SentimentComment comment) {
        return new CommentCursor(order, comment.postedAt(), comment.likes(), comment.id());
    }

    public String token() {
        String value = order == CommentOrder.LIKES ? Long.toString(likes) : postedAt.toString();
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((order.name() + "|" + value + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a token made by {@link #token()} for this order. @throws IllegalArgumentException if it is not one */
    public static CommentCursor parse(String token, CommentOrder order) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", 3);
            long id = Long.parseLong(parts[2]);
            if (!parts[0].equals(order.name()) || id < 1) {
                throw new IllegalArgumentException("another list's cursor");
            }
            if (order == CommentOrder.LIKES) {
                long likes = Long.parseLong(parts[1]);
                if (likes < 0) {
                    throw new IllegalArgumentException("out of range");
                }
                return new CommentCursor(order, null, likes, id);
            }
            Instant postedAt = Instant.parse(parts[1]);
            if (postedAt.isBefore(EARLIEST) || postedAt.isAfter(LATEST)) {
                throw new IllegalArgumentException("out of range");
            }
            return new CommentCursor(order, postedAt, 0, id);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cursor is not one this list gave out: " + CommentOrder.shorten(token));
        }
    }
}
