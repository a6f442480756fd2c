package io.herdbook.jobs.refresh;

import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.platform.PostStats;
import io.herdbook.jobs.tracking.FetchAttempt;
import io.herdbook.jobs.tracking.TrackedPost;

/**
 * One post's refresh: the stats to record (null when the fetch gave none), the post as its page described it (null
 * likewise; its caption, time and cover refresh what the post lacked) and the attempt.
 */
record RefreshResult(TrackedPost post, PostStats stats, FetchAttempt attempt, PostData seen) {

    /** A result without the page's description of the post. */
    RefreshResult(TrackedPost post, PostStats stats, FetchAttempt attempt) {
        this(post, stats, attempt, null);
    }
}
