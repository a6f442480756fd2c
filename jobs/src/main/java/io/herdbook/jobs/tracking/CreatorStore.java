package io.herdbook.jobs.tracking;

import io.herdbook.jobs.platform.CreatorProfile;
import io.herdbook.jobs.platform.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Creators and their profile snapshots. */
@Repository
public class CreatorStore {

    /** The actor of events written when an operator registers a creator. */
    public static final String OPERATOR = "operator";

    private final JdbcTemplate jdbc;
    private final CreatorEvents events;
    private final Clock clock;

    public CreatorStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.events = new CreatorEvents(jdbc);
        this.clock = clock;
    }

    /**
     * Registers a creator in a project, or returns the existing one: the (project, platform, handle)
     * key makes a repeated registration a no-op, except that re-adding a creator whose account was gone
     * reactivates the old record, with its posts and history (see {@link #registerOrReactivate}).
     *
     * @return the creator's id
     */
    public long register(long projectId, String handle) {
        return registerOrReactivate(projectId, handle, OPERATOR).id();
    }

    /**
     * What registering a handle did.
     *
     * @param reactivatedFrom the status the creator had when this registration made it active again
     * @param stillDisabled   the reason of an auto-disable that registering does not lift (private, unreachable:
     *                        an operator's re-enable, with its cool-down, does)
     */
    public record Registration(long id, Optional<CreatorStatus> reactivatedFrom, Optional<String> stillDisabled) {
    }

    /**
     * Registers a creator (see {@link #register}); one that is NOT_FOUND, disabled as ACCOUNT_DELETED or disabled
     * by an operator becomes ACTIVE again with its failures reset and a REACTIVATED event, since tracking it again
     * is an operator's word that the account is back. One auto-disabled as private or unreachable stays disabled.
     */
    public Registration registerOrReactivate(long projectId, String handle, String actor) {
        long id = insertOrFind(projectId, handle);
        Optional<CreatorStatus> was = reactivate(id, actor);
        Optional<String> still = was.isPresent() ? Optional.empty() : jdbc.queryForList(
                "SELECT disabled_reason FROM creators WHERE id = ? AND status = 'DISABLED' AND disabled_reason IS NOT NULL",
                String.class, id).stream().findFirst();
        return new Registration(id, was, still);
    }

    private long insertOrFind(long projectId, String handle) {
        // DO UPDATE (of nothing that matters) rather than DO NOTHING, so RETURNING yields the id even
        // when the row exists or a concurrent registration just committed it.
        return jdbc.queryForObject("""
                INSERT INTO creators (organisation_id, project_id, handle)
                SELECT organisation_id, id, ? FROM projects WHERE id = ?
                ON CONFLICT (project_id, platform, handle) DO UPDATE SET handle = excluded.handle
                RETURNING id
                """, Long.class, handle, projectId);
    }

    /**
     * Saves what a profile fetch learned: the creator snapshot for the slot (once: a retry finds the
     * key taken and changes nothing), and the creator's platform ids.
     */
    public void saveProfile(CreatorRef creator, CreatorProfile profile, Instant observedAt, Instant fetchedAt) {
        jdbc.update("""
                INSERT INTO creator_snapshots (organisation_id, creator_id, observed_at, fetched_at, followers, following,
                                               likes_received, post_count, private_account, exact_counts)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (creator_id, observed_at) DO NOTHING
                """, creator.organisationId(), creator.id(), Sql.utc(observedAt), Sql.utc(fetchedAt), profile.followers(),
                profile.following(), profile.likesReceived(), profile.postCount(), profile.privateAccount(), profile.exactCounts());
        jdbc.update("""
                UPDATE creators SET sec_uid = coalesce(?, sec_uid), platform_user_id = coalesce(?, platform_user_id)
                 WHERE id = ? AND organisation_id = ?
                """, profile.secUid(), profile.platformUserId(), creator.id(), creator.organisationId());
    }

    /**
     * Moves a creator to the status a fetch in {@code slot} implied, leaving a DISABLED one alone, and records the
     * change as a STATUS_CHANGED event of {@code actor} (once per slot: a retry finds the status already moved).
     */
    public void updateStatus(CreatorRef creator, CreatorStatus status, Instant slot, String actor) {
        List<Moved> moved = jdbc.query("""
                WITH old AS (SELECT id, status FROM creators WHERE id = ? AND organisation_id = ? FOR UPDATE)
                UPDATE creators c SET status = ?, version = c.version + 1
                  FROM old WHERE c.id = old.id AND old.status <> ? AND old.status <> 'DISABLED'
                RETURNING c.organisation_id, old.status
                """, (rs, i) -> new Moved(rs.getLong("organisation_id"), rs.getString("status"), null),
                creator.id(), creator.organisationId(), status.name(), status.name());
        moved.forEach(m -> events.record(m.organisationId(), creator.id(), clock.instant(), slot, EventKind.STATUS_CHANGED,
                CreatorEvents.detail("from", m.status(), "to", status.name()), actor));
    }

    /**
     * Makes a creator that is NOT_FOUND, disabled as ACCOUNT_DELETED or disabled by an operator active again, with
     * its failure count reset and a REACTIVATED event naming what it was.
     *
     * @return the status it had, when it changed
     */
    public Optional<CreatorStatus> reactivate(long creatorId, String actor) {
        Instant now = clock.instant();
        List<Moved> moved = jdbc.query("""
                WITH old AS (SELECT id, status, disabled_reason FROM creators WHERE id = ? FOR UPDATE)
                UPDATE creators c SET status = 'ACTIVE', version = c.version + 1, consecutive_failures = 0,
                                      disabled_reason = NULL, disabled_at = NULL
                  FROM old
                 WHERE c.id = old.id AND (old.status = 'NOT_FOUND'
                       OR (old.status = 'DISABLED' AND coalesce(old.disabled_reason, 'ACCOUNT_DELETED') = 'ACCOUNT_DELETED'))
                RETURNING c.organisation_id, old.status, old.disabled_reason
                """, (rs, i) -> new Moved(rs.getLong("organisation_id"), rs.getString("status"), rs.getString("disabled_reason")),
                creatorId);
        moved.forEach(m -> events.record(m.organisationId(), creatorId, now, null, EventKind.REACTIVATED,
                CreatorEvents.detail("from", m.status(), "disabled_reason", m.reason()), actor));
        return moved.stream().findFirst().map(m -> CreatorStatus.valueOf(m.status()));
    }

    /** A status change as its UPDATE returned it: the organisation, the status (and reason) before. */
    private record Moved(long organisationId, String status, String reason) {
    }

    /**
     * Records the outcome of the creator's discovery profile fetch in a slot, for the failure accounting at the end
     * of the run. A slot older than the one recorded (a late backfill) changes nothing.
     */
    public void recordProfileOutcomes(List<ProfileOutcome> outcomes) {
        jdbc.batchUpdate("""
                UPDATE creators SET profile_outcome = ?, profile_outcome_slot = ?
                 WHERE id = ? AND organisation_id = ? AND (profile_outcome_slot IS NULL OR profile_outcome_slot <= ?)
                """, outcomes, outcomes.size(), (ps, o) -> {
                    ps.setString(1, o.outcome().name());
                    ps.setObject(2, Sql.utc(o.slot()));
                    ps.setLong(3, o.creator().id());
                    ps.setLong(4, o.creator().organisationId());
                    ps.setObject(5, Sql.utc(o.slot()));
                });
    }

    /** A creator's discovery profile fetch outcome in one slot. */
    public record ProfileOutcome(CreatorRef creator, Outcome outcome, Instant slot) {
    }

    /** Creators of one organisation, in id order. */
    public List<CreatorRef> list(long organisationId) {
        return jdbc.query("SELECT " + CreatorRef.COLUMNS + " FROM creators WHERE organisation_id = ? ORDER BY id", CreatorRef.ROWS,
                organisationId);
    }
}
