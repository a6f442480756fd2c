package io.herdbook.jobs.tracking;

import io.herdbook.jobs.platform.CreatorProfile;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Creators and their profile snapshots. */
@Repository
public class CreatorStore {

    private final JdbcTemplate jdbc;

    public CreatorStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Registers a creator in a project, or returns the existing one: the (project, platform, handle)
     * key makes a repeated registration a no-op.
     *
     * @return the creator's id
     */
    public long register(long projectId, String handle) {
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

    /** Moves a creator to a new status, leaving an operator's DISABLED alone. */
    public void updateStatus(CreatorRef creator, CreatorStatus status) {
        jdbc.update("""
                UPDATE creators SET status = ?, version = version + 1
                 WHERE id = ? AND organisation_id = ? AND status <> ? AND status <> 'DISABLED'
                """, status.name(), creator.id(), creator.organisationId(), status.name());
    }

    /**
     * Makes a creator that is NOT_FOUND or DISABLED active again, as when an operator tracks it anew.
     *
     * @return the status it had, when it changed
     */
    public java.util.Optional<CreatorStatus> reactivate(long creatorId) {
        return jdbc.queryForList("""
                UPDATE creators c SET status = 'ACTIVE', version = c.version + 1
                  FROM (SELECT id, status FROM creators WHERE id = ? FOR UPDATE) old
                 WHERE c.id = old.id AND old.status IN ('NOT_FOUND', 'DISABLED')
                RETURNING old.status
                """, String.class, creatorId).stream().findFirst().map(CreatorStatus::valueOf);
    }

    /** Creators of one organisation, in id order. */
    public List<CreatorRef> list(long organisationId) {
        return jdbc.query("SELECT " + CreatorRef.COLUMNS + " FROM creators WHERE organisation_id = ? ORDER BY id", CreatorRef.ROWS,
                organisationId);
    }
}
