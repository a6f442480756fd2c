package io.herdbook.api.organisations;

import io.herdbook.api.access.Caller;
import io.herdbook.api.access.Role;
import io.herdbook.api.access.Scope;
import io.herdbook.api.organisations.Views.MemberView;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members of an organisation and the rules of their roles:
 * <ol>
 *   <li>nobody changes their own role (403): a member cannot raise itself, an admin cannot make itself owner;</li>
 *   <li>only an owner grants owner, takes it away, or removes an owner (403);</li>
 *   <li>an organisation keeps at least one owner: the last one is neither demoted nor removed (409).</li>
 * </ol>
 * Each change locks the organisation's row first and then re-reads the acting person's role, so concurrent changes
 * are judged one after the other against what the earlier ones left (two owners demoting each other: the second
 * finds it is no longer an owner).
 */
@Component
class MemberCommands {

    private final JdbcTemplate jdbc;

    MemberCommands(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisation's members, in the order they joined. */
    List<MemberView> list(long organisationId) {
        return jdbc.query("""
                SELECT m.user_id, u.email, u.name, m.role, m.created_at FROM memberships m JOIN users u ON u.id = m.user_id
                WHERE m.organisation_id = ? ORDER BY m.created_at, m.user_id""", (rs, row) -> new MemberView(rs.getLong("user_id"),
                rs.getString("email"), rs.getString("name"), rs.getString("role"), rs.getTimestamp("created_at").toInstant()), organisationId);
    }

    Optional<MemberView> find(long organisationId, long userId) {
        return list(organisationId).stream().filter(member -> member.userId() == userId).findFirst();
    }

    /** Gives a member of the caller's organisation another role. @throws OrganisationProblem 404, 403 or 409 */
    @Transactional
    MemberView changeRole(Caller caller, long userId, Role role) {
        Role actor = lockAndReadActor(caller);
        Role current = roleOf(caller.organisationId(), userId).orElseThrow(() -> OrganisationProblem.notFound("member"));
        if (userId == caller.userId()) {
            throw OrganisationProblem.forbidden("nobody changes their own role; another " + (role == Role.OWNER ? "owner" : "admin or owner") + " can");
        }
        if ((role == Role.OWNER || current == Role.OWNER) && actor != Role.OWNER) {
            throw OrganisationProblem.forbidden("only an owner can grant or take away owner");
        }
        if (current == Role.OWNER && role != Role.OWNER && owners(caller.organisationId()) == 1) {
            throw OrganisationProblem.conflict("the last owner cannot be demoted; make another member owner first");
        }
        jdbc.update("UPDATE memberships SET role = ? WHERE organisation_id = ? AND user_id = ?", role.word(), caller.organisationId(), userId);
        return find(caller.organisationId(), userId).orElseThrow();
    }

    /**
     * Ends a membership; the person's keys in the organisation go with it (api_keys references memberships ON DELETE
     * CASCADE), so they stop authenticating at once. A person may remove themselves (leave), but not the last owner.
     *
     * @throws OrganisationProblem 404, 403 or 409
     */
    @Transactional
    void remove(Caller caller, long userId) {
        Role actor = lockAndReadActor(caller);
        Role current = roleOf(caller.organisationId(), userId).orElseThrow(() -> OrganisationProblem.notFound("member"));
        if (current == Role.OWNER && actor != Role.OWNER) {
            throw OrganisationProblem.forbidden("only an owner can remove an owner");
        }
        if (current == Role.OWNER && owners(caller.organisationId()) == 1) {
            throw OrganisationProblem.conflict("the last owner cannot be removed; make another member owner first");
        }
        jdbc.update("DELETE FROM memberships WHERE organisation_id = ? AND user_id = ?", caller.organisationId(), userId);
    }

    /** Locks the organisation's row (the lock every membership change takes) and reads the caller's role under it. */
    private Role lockAndReadActor(Caller caller) {
        jdbc.queryForObject("SELECT id FROM organisations WHERE id = ? FOR UPDATE", Long.class, caller.organisationId());
        // Authentication read the role before the lock; a change committed since then is what counts.
        Role actor = roleOf(caller.organisationId(), caller.userId())
                .orElseThrow(() -> OrganisationProblem.forbidden("no longer a member of this organisation"));
        if (!actor.ceiling().contains(Scope.ADMIN)) {
            throw OrganisationProblem.forbidden("admin scope required");
        }
        return actor;
    }

    private Optional<Role> roleOf(long organisationId, long userId) {
        return jdbc.queryForList("SELECT role FROM memberships WHERE organisation_id = ? AND user_id = ?", String.class, organisationId, userId)
                .stream().findFirst().flatMap(Role::ofWord);
    }

    private long owners(long organisationId) {
        return jdbc.queryForObject("SELECT count(*) FROM memberships WHERE organisation_id = ? AND role = 'owner'", Long.class, organisationId);
    }
}
