package io.herdbook.reports.sentiment;

import io.herdbook.jobs.comments.sentiment.SentimentLabel;
import java.util.Arrays;
import java.util.Locale;

/**
 * Which comments a stream shows.
 *
 * @param label   only comments with this label (UNSCORED included), or all when null
 * @param keyword only comments whose text contains it, ignoring case; matched as plain text (no wildcards), or all when null
 */
public record CommentFilter(SentimentLabel label, String keyword) {

    /** Longer keywords are refused: nobody searches comments for a paragraph. */
    public static final int MAX_KEYWORD = 200;

    public static final CommentFilter ALL = new CommentFilter(null, null);

    public CommentFilter {
        if (keyword != null && keyword.isEmpty()) {
            keyword = null;
        }
        if (keyword != null && keyword.length() > MAX_KEYWORD) {
            throw new IllegalArgumentException("q is at most " + MAX_KEYWORD + " characters");
        }
    }

    /** A filter from request parameters; the label is case-insensitive. @throws IllegalArgumentException for an unknown label */
    public static CommentFilter of(String label, String keyword) {
        SentimentLabel parsed = label == null || label.isEmpty() ? null : Arrays.stream(SentimentLabel.values())
                .filter(l -> l.name().equals(label.toUpperCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "label must be one of positive, neutral, negative, unscored; was " + CommentOrder.shorten(label)));
        return new CommentFilter(parsed, keyword);
    }
}
