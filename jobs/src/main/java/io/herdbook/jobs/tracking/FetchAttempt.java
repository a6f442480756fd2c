package io.herdbook.jobs.tracking;

import io.herdbook.jobs.platform.Outcome;
import java.time.Duration;
import java.time.Instant;

/**
 * The outcome of one fetch made by a job for one subject in one observation slot.
 *
 * @param postId     the post for a post-page fetch, null for profile and list fetches
 * @param resource   the path fetched, e.g. {@code /@handle/video/123}
 * @param httpStatus the HTTP status, null when no answer came
 */
public record FetchAttempt(
        long organisationId,
        long creatorId,
        Long postId,
        String jobName,
        Instant observedAt,
        String resource,
        Outcome outcome,
        String reason,
        Integer httpStatus,
        Duration elapsed,
        Instant attemptedAt) {
}
