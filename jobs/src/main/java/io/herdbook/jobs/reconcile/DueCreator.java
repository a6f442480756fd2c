package io.herdbook.jobs.reconcile;

import io.herdbook.jobs.tracking.CreatorRef;

/**
 * A creator deep-reconcile will walk in this run.
 *
 * @param profilePosts the post count of its latest profile snapshot that has one, null when none is known
 * @param captured     posts stored for it when the run listed it
 * @param resumeCursor where an earlier, unfinished walk stopped; null to start at the top of the list
 */
record DueCreator(CreatorRef creator, Long profilePosts, long captured, String resumeCursor) {

    /** How many posts the profile counts that are not stored, or null when the profile count is unknown. */
    Long gap() {
        return profilePosts == null ? null : profilePosts - captured;
    }
}
