package io.herdbook.api.rest;

import io.herdbook.reports.sentiment.PostCommentSummary;
import io.herdbook.reports.sentiment.SentimentComment;
import java.util.List;

/**
 * One post's comments: the breakdown of all of them on top, then one page in the order asked for.
 *
 * @param next the cursor of the following page (same {@code sort}), null on the last
 */
record VideoCommentsView(long videoId, String sort, PostCommentSummary summary, List<SentimentComment> items, String next) {
}
