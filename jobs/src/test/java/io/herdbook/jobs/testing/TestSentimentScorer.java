package io.herdbook.jobs.testing;

import io.herdbook.jobs.comments.sentiment.Sentiment;
import io.herdbook.jobs.comments.sentiment.SentimentScorer;
import java.util.Locale;

/**
 * A deterministic stand-in for the real scorer, for tests of the jobs around it: a comment without text is
 * UNSCORED, one containing "love", "nice" or "beautiful" scores 0.5, one containing "hate" -0.5, any other
 * 0.0. Register it as a bean where a sweep runs, {@code @Primary} where the application may also have a real one.
 */
public final class TestSentimentScorer implements SentimentScorer {

    public static final double POSITIVE = 0.5;

    @Override
    public Sentiment score(String text, int imageCount) {
        if (text == null || text.isBlank()) {
            return Sentiment.unscored(imageCount > 0 ? "image only" : "no text");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("love") || lower.contains("nice") || lower.contains("beautiful")) {
            return Sentiment.scored(POSITIVE);
        }
        return Sentiment.scored(lower.contains("hate") ? -POSITIVE : 0.0);
    }
}
