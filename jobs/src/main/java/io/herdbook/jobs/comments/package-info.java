/**
 * The {@code comment-sweep} job: for each tracked post of an active creator, posts not swept before first and
 * newest first, sample its newest comments (at most {@code herdbook.comments.max-per-post}), score each with
 * the application's {@link io.herdbook.jobs.comments.sentiment.SentimentScorer}, and upsert them by (post,
 * platform comment id). A non-data answer stores no comments, only a fetch attempt. See this package's README.md.
 */
package io.herdbook.jobs.comments;
