package io.herdbook.jobs.comments.sentiment;

/** A comment's sentiment label; UNSCORED comments are stored but counted in no sentiment figure. */
public enum SentimentLabel {
    POSITIVE, NEUTRAL, NEGATIVE, UNSCORED
}
