package io.herdbook.api.rest;

import java.time.Instant;

/**
 * A creator as adding it left it.
 *
 * @param outcome created (new), restored (it had been removed), reactivated (NOT_FOUND or deleted before) or existing
 *                (already tracked: nothing changed)
 */
public record CreatorAdded(long id, long projectId, String handle, String status, Instant trackingStart, String outcome) {

    /** Whether this addition took a slot of the plan's creators. */
    boolean admitted() {
        return outcome.equals("created") || outcome.equals("restored");
    }
}
