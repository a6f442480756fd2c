package io.herdbook.api.rest;

import io.herdbook.api.limits.Admission;
import io.herdbook.api.limits.LimitName;
import io.herdbook.jobs.lifecycle.CreatorLifecycle;
import io.herdbook.jobs.lifecycle.LifecycleRefusedException;
import io.herdbook.jobs.tracking.CreatorEvents;
import io.herdbook.jobs.tracking.CreatorStore;
import io.herdbook.jobs.tracking.EventKind;
import io.herdbook.jobs.tracking.Sql;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which creators an organisation tracks: adding (against the plan's {@code creators}, admitted whole under the
 * organisation's lock), removing (DISABLED as REMOVED: no longer fetched, no longer counted, history kept) and the
 * bulk forms, which change every id or none (C19). Each runs in one transaction, joining the request's when there is one.
 */
@Component
class CreatorRoster {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Admission admission;
    private final CreatorStore creators;
    private final CreatorLifecycle lifecycle;
    private final CreatorEvents events;
    private final Clock clock;

    CreatorRoster(JdbcTemplate jdbc, TransactionTemplate transaction, Admission admission, CreatorStore creators,
                  CreatorLifecycle lifecycle, CreatorEvents events, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.admission = admission;
        this.creators = creators;
        this.lifecycle = lifecycle;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Adds handles (already read and checked) to a project of the organisation: new ones are created, removed ones
     * restored, ones gone from the platform reactivated ({@link CreatorStore#registerOrReactivate}), tracked ones
     * left alone. Refused whole with a 402 when the new and restored ones do not all fit the plan.
     */
    List<CreatorAdded> add(long organisationId, long projectId, List<String> handles, Instant trackingStart) {
        return transaction.execute(status -> {
            admission.lock(organisationId);
            if (jdbc.queryForList("SELECT 1 FROM projects WHERE organisation_id = ? AND id = ?", Integer.class, organisationId, projectId).isEmpty()) {
                throw ProjectsController.noSuchProject(projectId);
            }
            Map<String, String> existing = existing(projectId, handles);
            long needed = handles.stream().filter(h -> !existing.containsKey(h) || existing.get(h).equals(CreatorLifecycle.REMOVED)).count();
            admission.requireRoom(organisationId, LimitName.CREATORS, needed);
            List<CreatorAdded> added = new ArrayList<>();
            for (String handle : handles) {
                added.add(addOne(organisationId, projectId, handle, existing.get(handle), trackingStart));
            }
            return added;
        });
    }

    /** Each handle's creator in the project, with its disabled reason ("" when it has none). */
    private Map<String, String> existing(long projectId, List<String> handles) {
        Map<String, String> found = new HashMap<>();
        jdbc.query("SELECT handle, coalesce(disabled_reason, '') AS reason FROM creators WHERE project_id = ? AND platform = 'tiktok'"
                + " AND handle = ANY(?::text[])", rs -> {
                    found.put(rs.getString("handle"), rs.getString("reason"));
                }, projectId, textArray(handles));
        return found;
    }

    /**
     * A text[] literal of handles, each quoted: unquoted, the handle "null" would be SQL NULL. Handles are letters,
     * digits, '_' and '.', so nothing inside the quotes needs escaping.
     */
    private static String textArray(List<String> handles) {
        return "{" + String.join(",", handles.stream().map(h -> '"' + h + '"').toList()) + "}";
    }

    private CreatorAdded addOne(long organisationId, long projectId, String handle, String reason, Instant trackingStart) {
        String outcome;
        long id;
        if (reason != null && reason.equals(CreatorLifecycle.REMOVED)) {
            id = restore(organisationId, projectId, handle);
            outcome = "restored";
        } else {
            CreatorStore.Registration registration = creators.registerOrReactivate(projectId, handle, CreatorLifecycleController.ACTOR);
            id = registration.id();
            outcome = reason == null ? "created" : registration.reactivatedFrom().isPresent() ? "reactivated" : "existing";
            if (reason == null && trackingStart != null) {
                jdbc.update("UPDATE creators SET tracking_start = ? WHERE organisation_id = ? AND id = ?", Sql.utc(trackingStart),
                        organisationId, id);
            }
        }
        return jdbc.queryForObject("SELECT id, project_id, handle, status, tracking_start FROM creators WHERE organisation_id = ? AND id = ?",
                (rs, i) -> new CreatorAdded(rs.getLong("id"), rs.getLong("project_id"), rs.getString("handle"), rs.getString("status"),
                        Sql.instant(rs, "tracking_start"), outcome), organisationId, id);
    }

    /** A removed creator tracked again: ACTIVE, failures reset, a REACTIVATED event saying it had been removed. */
    private long restore(long organisationId, long projectId, String handle) {
        long id = jdbc.queryForObject("""
                UPDATE creators SET status = 'ACTIVE', version = version + 1, consecutive_failures = 0, disabled_reason = NULL,
                                    disabled_at = NULL
                 WHERE organisation_id = ? AND project_id = ? AND platform = 'tiktok' AND handle = ? RETURNING id""",
                Long.class, organisationId, projectId, handle);
        events.record(organisationId, id, clock.instant(), null, EventKind.REACTIVATED,
                CreatorEvents.detail("from", "DISABLED", "disabled_reason", CreatorLifecycle.REMOVED), CreatorLifecycleController.ACTOR);
        return id;
    }

    /** Removes the organisation's creators, all or none: an id that is not the organisation's refuses the lot (404). */
    List<Long> remove(long organisationId, List<Long> ids) {
        return transaction.execute(status -> {
            lockOwned(organisationId, ids);
            Instant now = clock.instant();
            List<Long> removed = new ArrayList<>();
            for (long id : ids) {
                jdbc.query("""
                        WITH old AS (SELECT id, status FROM creators WHERE organisation_id = ? AND id = ? FOR UPDATE)
                        UPDATE creators c SET status = 'DISABLED', disabled_reason = 'REMOVED', disabled_at = ?, version = c.version + 1
                          FROM old WHERE c.id = old.id AND coalesce(c.disabled_reason, '') <> 'REMOVED'
                        RETURNING old.status""", rs -> {
                            events.record(organisationId, id, now, null, EventKind.STATUS_CHANGED,
                                    CreatorEvents.detail("from", rs.getString("status"), "to", "DISABLED", "disabled_reason", "REMOVED"),
                                    CreatorLifecycleController.ACTOR);
                        }, organisationId, id, Sql.utc(now));
                removed.add(id);
            }
            return removed;
        });
    }

    /** Re-enables disabled creators, all or none: a foreign id refuses the lot (404), a creator that may not be re-enabled too (409). */
    List<Long> reEnable(long organisationId, List<Long> ids) {
        return transaction.execute(status -> {
            lockOwned(organisationId, ids);
            Map<Long, String> refused = new LinkedHashMap<>();
            for (long id : ids) {
                try {
                    lifecycle.reEnable(organisationId, id, CreatorLifecycleController.ACTOR);
                } catch (LifecycleRefusedException.Conflict e) {
                    refused.put(id, e.getMessage());
                }
            }
            if (!refused.isEmpty()) {
                // Thrown inside the transaction: the ones already re-enabled are rolled back with it.
                throw new RosterProblems.BulkRefused(HttpStatus.CONFLICT, refused.size() + " of the creators cannot be re-enabled;"
                        + " none was", refused);
            }
            return ids;
        });
    }

    /** Locks the ids that are the organisation's creators, or refuses them all (404) listing those that are not. */
    private void lockOwned(long organisationId, List<Long> ids) {
        List<Long> owned = jdbc.queryForList("SELECT id FROM creators WHERE organisation_id = ? AND id = ANY(?::bigint[]) ORDER BY id FOR UPDATE",
                Long.class, organisationId, "{" + String.join(",", ids.stream().map(String::valueOf).toList()) + "}");
        Map<Long, String> refused = new LinkedHashMap<>();
        ids.stream().filter(id -> !owned.contains(id)).forEach(id -> refused.put(id, "no creator " + id));
        if (!refused.isEmpty()) {
            throw new RosterProblems.BulkRefused(HttpStatus.NOT_FOUND, "no creator " + String.join(", ", refused.keySet().stream()
                    .map(String::valueOf).toList()) + "; nothing was changed", refused);
        }
    }

    /** The organisation's creator's handle and disabled reason, for a manual refresh; 404 when it is not the organisation's. */
    Map<String, Object> refreshable(long organisationId, long id) {
        return jdbc.queryForList("SELECT handle, coalesce(disabled_reason, '') AS reason FROM creators WHERE organisation_id = ? AND id = ?",
                organisationId, id).stream().findFirst().orElseThrow(() -> new LifecycleRefusedException.NotFound(id));
    }
}
