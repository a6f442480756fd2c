package io.herdbook.reports.sentiment;

import java.math.BigDecimal;

/**
 * The radar's headline figures.
 *
 * @param totalComments    every comment in range, UNSCORED included
 * @param analysedComments the scored ones; the base of both percentages and of the average
 * @param unscoredComments those the scorer could not read (emoji only, image only, no lexicon)
 * @param positivePercent  POSITIVE of analysed, 1 decimal half-even; null when none was analysed
 * @param negativePercent  NEGATIVE of analysed, likewise
 * @param averageScore     mean compound score of the analysed comments, in [-1, 1] to 4 decimals; null when none
 */
public record SentimentKpis(long totalComments, long analysedComments, long unscoredComments,
                            BigDecimal positivePercent, BigDecimal negativePercent, BigDecimal averageScore) {

    static SentimentKpis of(LabelCounts counts, Double average) {
        return new SentimentKpis(counts.total(), counts.analysed(), counts.unscored(),
                Figures.percent(counts.positive(), counts.analysed()), Figures.percent(counts.negative(), counts.analysed()),
                Figures.score(average));
    }
}
