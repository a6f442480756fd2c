package io.herdbook.jobs.comments;

import io.herdbook.jobs.tracking.FetchAttempt;
import io.herdbook.jobs.tracking.TrackedPost;
import java.util.List;

/**
 * One post's sweep.
 *
 * @param comments the comments to store (empty unless the first page was data)
 * @param swept    true when the first comment-list page was data, so the post counts as swept in this slot
 * @param attempts one per comment-list request made, whatever it returned
 */
record SweepResult(TrackedPost post, List<ScoredComment> comments, boolean swept, List<FetchAttempt> attempts) {

    SweepResult {
        comments = List.copyOf(comments);
        attempts = List.copyOf(attempts);
    }
}
