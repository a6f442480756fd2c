package io.herdbook.jobs.comments;

import io.herdbook.jobs.comments.sentiment.Sentiment;
import io.herdbook.jobs.platform.CommentData;

/** A comment as the platform served it, with what the scorer made of its text. */
record ScoredComment(CommentData comment, Sentiment sentiment) {
}
