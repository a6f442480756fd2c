package io.herdbook.jobs.reconcile;

import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.tracking.FetchAttempt;
import java.util.List;

/**
 * What walking one creator's post list did in this run, to be written in one chunk transaction.
 *
 * @param missing posts the list had that were not stored, in list order
 * @param cursor  for {@link End#CUT} and {@link End#FAILED}: the cursor the next run starts from
 * @param why     in words, why the walk ended where it did
 */
record WalkResult(DueCreator due, End end, List<PostData> missing, int pages, String cursor, String why,
                  List<FetchAttempt> attempts) {

    enum End {
        /** The walk reached the end of the list, a stuck cursor or the tracking start: the creator is scanned. */
        FINISHED,
        /** The run's budget ran out first: the next run continues at {@code cursor}. */
        CUT,
        /** A page could not be read (blocked, failed, private…): the next run tries again from {@code cursor}. */
        FAILED
    }
}
