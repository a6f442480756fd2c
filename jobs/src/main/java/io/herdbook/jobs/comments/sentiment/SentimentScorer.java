package io.herdbook.jobs.comments.sentiment;

/** Scores the sentiment of a comment's text. Implementations are thread-safe and never throw on any text. */
public interface SentimentScorer {

    /**
     * @param text       the comment's text, possibly empty
     * @param imageCount images attached to it (a comment that is only an image is UNSCORED)
     */
    Sentiment score(String text, int imageCount);
}
