package io.herdbook.reports.sentiment;

import java.math.BigDecimal;

/**
 * One creator's comments in range, for the ranking (only creators with at least
 * {@link SentimentRadars#MIN_CREATOR_ANALYSED} analysed comments are ranked).
 */
public record CreatorSentiment(long creatorId, String handle, long analysedComments,
                               BigDecimal positivePercent, BigDecimal negativePercent, BigDecimal averageScore) {
}
