package io.herdbook.jobs.lifecycle;

import io.herdbook.jobs.platform.Handles;
import io.herdbook.jobs.tracking.CreatorEvents;
import io.herdbook.jobs.tracking.CreatorStatus;
import io.herdbook.jobs.tracking.CreatorStore;
import io.herdbook.jobs.tracking.EventKind;
import io.herdbook.jobs.tracking.Sql;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an operator does to a creator's lifecycle: re-enable a disabled one, rename one. Each locks the creator row,
 * changes it and appends an event in one transaction; a refusal ({@link LifecycleRefusedException}) writes nothing.
 */
@Service
public class CreatorLifecycle {

    /** Characters of a refused input a problem quotes: a long link or handle is still recognisable. */
    static final int QUOTED_INPUT = 200;
    /** The disabled reason of a creator its organisation removed (issue 5): not tracked, not counted, history kept. */
    public static final String REMOVED = "REMOVED";

    private final JdbcTemplate jdbc;
    private final CreatorStore creators;
    private final CreatorEvents events;
    private final FailureProperties policy;
    private final Clock clock;

    public CreatorLifecycle(JdbcTemplate jdbc, CreatorStore creators, CreatorEvents events, FailureProperties policy, Clock clock) {
        this.jdbc = jdbc;
        this.creators = creators;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
    }

    /** The creator row as these actions read it, locked. */
    private record Row(long projectId, String handle, String status, String disabledReason, Instant lastReenabledAt) {
    }

    private Row lock(long organisationId, long creatorId) {
        return jdbc.query("""
                SELECT project_id, handle, status, disabled_reason, last_reenabled_at FROM creators
                 WHERE organisation_id = ? AND id = ? FOR UPDATE
                """, (rs, i) -> new Row(rs.getLong("project_id"), rs.getString("handle"), rs.getString("status"),
                rs.getString("disabled_reason"), Sql.instant(rs, "last_reenabled_at")), organisationId, creatorId)
                .stream().findFirst().orElseThrow(() -> new LifecycleRefusedException.NotFound(creatorId));
    }

    /**
     * Makes a DISABLED creator ACTIVE with its failure count reset, and records REENABLED with the reason it had.
     * Refused (409) when it is not disabled, when its organisation removed it, or within {@code herdbook.failures.reenable-cooldown} of its last
     * re-enable: a creator that failed again that soon needs a look, not another try.
     */
    @Transactional
    public void reEnable(long organisationId, long creatorId, String actor) {
        Row row = lock(organisationId, creatorId);
        Instant now = clock.instant();
        if (!row.status().equals(CreatorStatus.DISABLED.name())) {
            throw new LifecycleRefusedException.Conflict("creator " + creatorId + " is " + row.status() + ", not disabled", null);
        }
        if (REMOVED.equals(row.disabledReason())) {
            // Removed by its organisation: it no longer counts against the plan, so only adding its handle again, which
            // is admitted against the plan, brings it back.
            throw new LifecycleRefusedException.Conflict("creator " + creatorId + " was removed; add its handle again to track it", null);
        }
        if (row.lastReenabledAt() != null && now.isBefore(row.lastReenabledAt().plus(policy.reenableCooldown()))) {
            Instant from = row.lastReenabledAt().plus(policy.reenableCooldown());
            throw new LifecycleRefusedException.Conflict("creator " + creatorId + " was re-enabled at " + row.lastReenabledAt()
                    + "; it can be re-enabled again from " + from, from);
        }
        jdbc.update("""
                UPDATE creators SET status = 'ACTIVE', version = version + 1, consecutive_failures = 0, disabled_reason = NULL,
                                    disabled_at = NULL, last_reenabled_at = ?
                 WHERE organisation_id = ? AND id = ?
                """, Sql.utc(now), organisationId, creatorId);
        events.record(organisationId, creatorId, now, null, EventKind.REENABLED,
                CreatorEvents.detail("disabled_reason", row.disabledReason()), actor);
    }

    /**
     * What a rename did.
     *
     * @param changed     false when the creator already had that handle (nothing was written)
     * @param at          when it was renamed: the slot its fresh profile fetch is observed as
     * @param reactivated the status it had when the rename made it active again (see {@link #rename})
     */
    public record Renamed(boolean changed, String handle, Instant at, Optional<CreatorStatus> reactivated) {
    }

    /**
     * Gives the creator a new handle: the same record keeps its posts, payouts and history, and a RENAMED event says
     * from what to what. A creator that was NOT_FOUND or disabled as ACCOUNT_DELETED is made active again (REACTIVATED),
     * since a handle that stopped being found is most often one that changed. The caller queues the fresh profile fetch.
     *
     * @param input a handle, {@code @handle} or a profile or post link, read as {@code herdbook track} reads it
     */
    @Transactional
    public Renamed rename(long organisationId, long creatorId, String input, String actor) {
        String handle = Handles.fromInput(input).orElseThrow(() -> new LifecycleRefusedException.Invalid("handle",
                "'" + quotable(input) + "' is neither a handle (letters, digits, '_' and '.', at most 24) nor a link to one"));
        Row row = lock(organisationId, creatorId);
        Instant now = clock.instant();
        if (row.handle().equals(handle)) {
            return new Renamed(false, handle, now, Optional.empty());
        }
        Optional<Long> holder = jdbc.queryForList("""
                SELECT id FROM creators WHERE organisation_id = ? AND project_id = ? AND platform = 'tiktok' AND handle = ?
                """, Long.class, organisationId, row.projectId(), handle).stream().findFirst();
        if (holder.isPresent()) {
            throw taken(handle, holder.get());
        }
        try {
            jdbc.update("UPDATE creators SET handle = ?, version = version + 1 WHERE organisation_id = ? AND id = ?",
                    handle, organisationId, creatorId);
        } catch (DuplicateKeyException e) {
            throw taken(handle, null);
        }
        events.record(organisationId, creatorId, now, null, EventKind.RENAMED, Map.of("from", row.handle(), "to", handle), actor);
        Optional<CreatorStatus> reactivated = creators.reactivate(creatorId, actor);
        return new Renamed(true, handle, now, reactivated);
    }

    /** The caller's input as a problem may quote it: a few megabytes sent are not echoed back (twice) to the caller. */
    private static String quotable(String input) {
        return input.length() > QUOTED_INPUT ? input.substring(0, QUOTED_INPUT) + "…" : input;
    }

    private static LifecycleRefusedException.Conflict taken(String handle, Long holder) {
        return new LifecycleRefusedException.Conflict("the project already tracks @" + handle
                + (holder == null ? "" : " (creator " + holder + ")"), null);
    }
}
