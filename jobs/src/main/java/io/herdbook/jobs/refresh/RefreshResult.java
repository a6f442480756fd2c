package io.herdbook.jobs.refresh;

import io.herdbook.jobs.platform.PostStats;
import io.herdbook.jobs.tracking.FetchAttempt;
import io.herdbook.jobs.tracking.TrackedPost;

/** One post's refresh: the stats to record (null when the fetch gave none) and the attempt. */
record RefreshResult(TrackedPost post, PostStats stats, FetchAttempt attempt) {
}
