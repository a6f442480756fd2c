package io.herdbook.api.rest;

import io.herdbook.jobs.tracking.CreatorEvent;
import java.time.Instant;
import java.util.Map;

/**
 * One entry of a creator's history.
 *
 * @param kind   AUTO_DISABLED, REENABLED, RENAMED, REACTIVATED or STATUS_CHANGED
 * @param slot   the job's observation slot for an event a job wrote, null for an operator's action
 * @param detail what changed, e.g. {@code {"from": "ACTIVE", "to": "NOT_FOUND"}}
 * @param actor  the job ({@code discovery}) or the channel of the operator ({@code api}, {@code cli})
 */
public record CreatorEventView(long id, Instant at, String kind, Instant slot, Map<String, Object> detail, String actor) {

    static CreatorEventView of(CreatorEvent event) {
        return new CreatorEventView(event.id(), event.at(), event.kind().name(), event.slot(), event.detail(), event.actor());
    }
}
