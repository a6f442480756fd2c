package io.herdbook.reports.creators;

import java.time.Instant;

/**
 * One creator as operators see it. Counts are null when never observed (never shown as 0).
 *
 * @param status              ACTIVE, PRIVATE, NOT_FOUND or DISABLED
 * @param disabledReason      why the failure policy disabled it (ACCOUNT_DELETED, ACCOUNT_PRIVATE, UNREACHABLE), or REMOVED when its
 *                            organisation removed it (no longer tracked or counted against the plan), else null
 * @param consecutiveFailures failed discovery profile fetches in a row, one per slot (0 after a good one)
 * @param postsFound  posts discovered and stored for this creator
 * @param totalViews  sum of the latest views of those posts that have stats; null when none has
 * @param lastOutcome the outcome of the creator's most recent fetch, null before the first
 * @param completeness captured posts / the profile's post count, capped at 1; null when the count is unknown or a
 *                     tracking start makes it count posts that are not expected (see
 *                     {@link io.herdbook.reports.completeness.Completeness})
 */
public record CreatorSummary(
        long id,
        String handle,
        String status,
        String disabledReason,
        int consecutiveFailures,
        Long followers,
        Long following,
        Long likesReceived,
        Long postCount,
        long postsFound,
        Long totalViews,
        String lastOutcome,
        Instant lastFetchedAt,
        Double completeness) {
}
