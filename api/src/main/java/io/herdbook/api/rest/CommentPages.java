package io.herdbook.api.rest;

import io.herdbook.reports.sentiment.CommentCursor;
import io.herdbook.reports.sentiment.CommentOrder;
import io.herdbook.reports.sentiment.SentimentComment;
import java.util.List;

/** Cuts {@code size + 1} fetched comments into a page and the cursor after its last row. */
final class CommentPages {

    private CommentPages() {
    }

    static Page<SentimentComment> page(List<SentimentComment> rows, int size, CommentOrder order) {
        boolean more = rows.size() > size;
        List<SentimentComment> page = more ? rows.subList(0, size) : rows;
        return new Page<>(page, more ? CommentCursor.after(order, page.getLast()).token() : null);
    }
}
