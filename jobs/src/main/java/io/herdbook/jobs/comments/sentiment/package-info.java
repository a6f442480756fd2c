/**
 * Sentiment of comments: a lexicon-and-rules scorer of the VADER kind, labels at ±0.05, and the
 * comments it cannot read marked UNSCORED rather than silently neutral. See README.md beside it.
 */
package io.herdbook.jobs.comments.sentiment;
