package io.herdbook.api.rest;

import java.util.List;

/**
 * A backfill none of whose periods could be queued, because each already ran, is running or is
 * queued: the request would repeat work (case C8), so it is a 409, and nothing was queued.
 */
final class BackfillConflictException extends RuntimeException {

    private final transient List<BackfillOutcome> periods;

    BackfillConflictException(String jobName, List<BackfillOutcome> periods, boolean forced) {
        super("every period of this " + jobName + " backfill already ran or is queued; nothing was queued"
                + (forced ? " (a forced re-run waits until the period's queued or running one ends)"
                        : " (send \"force\": true to run completed periods again as new revisions)"));
        this.periods = List.copyOf(periods);
    }

    List<BackfillOutcome> periods() {
        return periods;
    }
}
