package io.herdbook.reports.sentiment;

import io.herdbook.jobs.comments.sentiment.SentimentLabel;
import java.time.Instant;

/**
 * One comment as streams show it.
 *
 * @param score the compound score in [-1, 1]; null exactly when {@code sentiment} is UNSCORED
 */
public record SentimentComment(long id, long postId, long creatorId, String creatorHandle, String authorHandle,
                               String text, int imageCount, Instant postedAt, long likes, long replies,
                               SentimentLabel sentiment, Double score, String unscoredReason) {
}
