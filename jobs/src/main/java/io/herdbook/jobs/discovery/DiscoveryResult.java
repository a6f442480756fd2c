package io.herdbook.jobs.discovery;

import io.herdbook.jobs.platform.CreatorProfile;
import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.tracking.CreatorRef;
import io.herdbook.jobs.tracking.CreatorStatus;
import io.herdbook.jobs.tracking.FetchAttempt;
import java.util.List;

/**
 * What discovering one creator found, to be written in one chunk transaction.
 *
 * @param profile  the profile to snapshot, or null when the fetch gave none (or a private one)
 * @param status   the status the profile fetch implies, or null to leave it alone
 * @param newPosts posts not yet known, in the order they were listed
 * @param seenAgain known posts the walk met on its pages: their caption, exact time and cover refresh what the stored
 *                  post lacked ({@code PostStore.addAll}), never wiping it
 */
record DiscoveryResult(CreatorRef creator, CreatorProfile profile, CreatorStatus status, List<PostData> newPosts,
                       List<FetchAttempt> attempts, List<PostData> seenAgain) {

    /** A result that met no known post. */
    DiscoveryResult(CreatorRef creator, CreatorProfile profile, CreatorStatus status, List<PostData> newPosts,
                    List<FetchAttempt> attempts) {
        this(creator, profile, status, newPosts, attempts, List.of());
    }

    /** How the profile fetch ended: what the failure accounting judges the creator by. */
    Outcome profileOutcome() {
        return attempts.getFirst().outcome();
    }
}
