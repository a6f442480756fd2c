package io.herdbook.reports.sentiment;

import java.math.BigDecimal;

/**
 * All stored comments of one post, by label.
 *
 * @param comments        counts per label, UNSCORED included, with the total
 * @param positivePercent POSITIVE of analysed, 1 decimal half-even; null when none was analysed
 * @param negativePercent NEGATIVE of analysed, likewise
 * @param averageScore    mean compound score of the analysed comments, 4 decimals; null when none
 */
public record PostCommentSummary(LabelCounts comments, BigDecimal positivePercent, BigDecimal negativePercent,
                                 BigDecimal averageScore) {
}
