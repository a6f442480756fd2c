package io.herdbook.jobs.tracking;

import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.Payload;
import java.time.Duration;
import java.time.Instant;

/**
 * The outcome of one fetch made by a job for one subject in one observation slot.
 *
 * @param postId     the post for a post-page fetch, null for profile and list fetches
 * @param resource   the path fetched, e.g. {@code /@handle/video/123}
 * @param httpStatus the HTTP status, null when no answer came
 * @param payload    what the parser read of the answer, for the raw archive ({@code io.herdbook.jobs.archive}); null
 *                   when it read none or the job keeps none (not stored in {@code fetch_attempts})
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
        Instant attemptedAt,
        Payload payload) {

    /** An attempt without a payload to archive. */
    public FetchAttempt(long organisationId, long creatorId, Long postId, String jobName, Instant observedAt, String resource,
                        Outcome outcome, String reason, Integer httpStatus, Duration elapsed, Instant attemptedAt) {
        this(organisationId, creatorId, postId, jobName, observedAt, resource, outcome, reason, httpStatus, elapsed,
                attemptedAt, null);
    }
}
