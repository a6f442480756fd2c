package io.herdbook.jobs.goals;

import java.time.Instant;

/**
 * One post that went up in a period, with the snapshot it is measured by: the latest one observed before the
 * stats cutoff. That snapshot (post, {@code snapshotObservedAt}) is the evidence a result or payout line cites.
 *
 * @param snapshotObservedAt null when no snapshot was observed before the cutoff; views and likes are then 0,
 *                           and callers that pay money must not pay on it
 * @param live               false when the latest post-page fetch before the cutoff found the post gone
 *                           (NOT_FOUND or PRIVATE); blocked or failed fetches say nothing either way
 */
public record PostMeasure(long postId, long creatorId, String platformPostId, Instant postedAt,
                          Instant snapshotObservedAt, long views, long likes, boolean live) {

    public boolean measured() {
        return snapshotObservedAt != null;
    }
}
