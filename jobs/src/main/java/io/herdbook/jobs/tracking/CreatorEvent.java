package io.herdbook.jobs.tracking;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of a creator's history.
 *
 * @param slot   the job's slot for an event a job wrote, null for an operator's action
 * @param detail what changed, e.g. {@code {"from": "ACTIVE", "to": "NOT_FOUND"}}
 * @param actor  a job name ({@code discovery}) or the operator channel ({@code api}, {@code operator})
 */
public record CreatorEvent(long id, long creatorId, Instant at, EventKind kind, Instant slot, Map<String, Object> detail,
                           String actor) {
}
