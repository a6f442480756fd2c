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

    /** Reason for a comment with no text and at least one image. */
    public static final String IMAGE_ONLY = "image only";
    /** Reason for a comment with no text and no image. */
    public static final String NO_TEXT = "no text";
    /** Reason for text made only of emoji, emoticons, punctuation and whitespace. */
    public static final String EMOJI_ONLY = "emoji only";
    /** Reason for text with no letters that is not emoji either (numbers, "10/10"). */
    public static final String NO_WORDS = "no words";
    /** Reason for text in a language the lexicon cannot read. */
    public static final String NO_LEXICON = "no lexicon for its language";
    /** Reason for a comment the scorer's rules failed on (logged); it is left out rather than guessed. */
    public static final String SCORER_FAILED = "scorer failed";

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
