package io.herdbook.jobs.archive;

import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.Payload;
import java.time.Instant;

/**
 * One row of the raw archive, its payload decompressed.
 *
 * @param postId    the post a post-page fetch asked for, null for profile and list fetches
 * @param outcome   what the job recorded for the fetch
 * @param fetchedAt the fetched_at the job wrote beside it
 */
public record ArchivedPayload(long id, long organisationId, long creatorId, Long postId, String jobName, Instant observedAt,
                              String resource, Outcome outcome, Payload payload, Instant fetchedAt) {
}
