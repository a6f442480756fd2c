package io.herdbook.reports.sentiment;

import java.math.BigDecimal;

/**
 * A post whose comments in range turn negative: at least {@link SentimentRadars#ALERT_MIN_ANALYSED}
 * analysed comments, of which at least 40 % are NEGATIVE.
 */
public record NegativeAlert(long postId, String platformPostId, String url, long creatorId, String creatorHandle,
                            long analysedComments, long negativeComments, BigDecimal negativePercent) {
}
