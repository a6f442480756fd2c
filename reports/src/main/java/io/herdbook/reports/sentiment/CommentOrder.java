package io.herdbook.reports.sentiment;

import java.util.Arrays;
import java.util.Locale;

/**
 * The orders a post's comments can be listed in; each ends with the id so ties keep a stable place.
 * The SQL fragments are constants, never built from input.
 */
public enum CommentOrder {
    NEWEST("c.posted_at DESC, c.id DESC", "(c.posted_at, c.id) < (:afterAt, :afterId)"),
    OLDEST("c.posted_at ASC, c.id ASC", "(c.posted_at, c.id) > (:afterAt, :afterId)"),
    LIKES("c.likes DESC, c.id DESC", "(c.likes, c.id) < (:afterLikes, :afterId)");

    final String orderBy;
    final String after;

    CommentOrder(String orderBy, String after) {
        this.orderBy = orderBy;
        this.after = after;
    }

    /** The order named by a {@code sort} parameter (case-insensitive). @throws IllegalArgumentException naming the known ones */
    public static CommentOrder parse(String sort) {
        return Arrays.stream(values()).filter(order -> order.name().equals(sort.toUpperCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("sort must be one of likes, newest, oldest; was " + shorten(sort)));
    }

    static String shorten(String value) {
        return value.length() > 64 ? value.substring(0, 64) + "…" : value;
    }
}
