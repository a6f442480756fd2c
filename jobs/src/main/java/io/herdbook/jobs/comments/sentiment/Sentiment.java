package io.herdbook.jobs.comments.sentiment;

import java.util.Objects;

/**
 * What the scorer made of one comment.
 *
 * @param label          POSITIVE, NEUTRAL or NEGATIVE by the compound score at ±0.05; UNSCORED when the
 *                       text gives the scorer nothing to read
 * @param compound       the normalised score in [-1, 1]; {@code null} exactly when UNSCORED
 * @param unscoredReason why a comment is UNSCORED (emoji only, image only, no lexicon for its language), else null
 */
public record Sentiment(SentimentLabel label, Double compound, String unscoredReason) {

    /** Compound scores at or above this are positive, at or below its negative are negative (VADER's own cut-off). */
    public static final double THRESHOLD = 0.05;

    public Sentiment {
        Objects.requireNonNull(label, "label");
        if ((label == SentimentLabel.UNSCORED) != (compound == null)) {
            throw new IllegalArgumentException("a compound score exactly when scored");
        }
        if (compound != null && (compound < -1 || compound > 1)) {
            throw new IllegalArgumentException("compound score out of [-1, 1]: " + compound);
        }
    }

    /** A scored comment, labelled by its compound score. */
    public static Sentiment scored(double compound) {
        SentimentLabel label = compound >= THRESHOLD ? SentimentLabel.POSITIVE
                : compound <= -THRESHOLD ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
        return new Sentiment(label, compound, null);
    }

    /** A comment left out of sentiment figures, and why. */
    public static Sentiment unscored(String reason) {
        return new Sentiment(SentimentLabel.UNSCORED, null, Objects.requireNonNull(reason, "reason"));
    }
}
