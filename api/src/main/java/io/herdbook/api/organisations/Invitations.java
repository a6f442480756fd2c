package io.herdbook.api.organisations;

import io.herdbook.api.access.ApiKeys;
import io.herdbook.api.access.Caller;
import io.herdbook.api.access.IssuedKey;
import io.herdbook.api.access.Memberships;
import io.herdbook.api.access.Role;
import io.herdbook.api.access.Secrets;
import io.herdbook.api.limits.Admission;
import io.herdbook.api.writes.AuditTrail;
import io.herdbook.api.organisations.Views.InvitationView;
import io.herdbook.api.organisations.Views.Joined;
import io.herdbook.api.organisations.Views.NewInvitation;
import io.herdbook.api.organisations.Views.NewKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations: an admin or owner invites an e-mail address as admin or member; the token is shown once and only
 * its SHA-256 kept (as for keys); accepting it within {@link #VALID_FOR} makes the person a member and gives them
 * a key. A token works once: accepting claims it with one conditional update, so two concurrent accepts make one
 * membership and one key.
 */
@Component
class Invitations {

    /** How long an invitation can be accepted. */
    static final Duration VALID_FOR = Duration.ofDays(7);
    /** How every invitation token begins, so one is told apart from an API key ({@value ApiKeys#PREFIX}). */
    static final String TOKEN_PREFIX = "hbi_";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Memberships memberships;
    private final ApiKeys keys;
    private final OrganisationDirectory organisations;
    private final AuditTrail audit;
    private final Admission admission;

    Invitations(JdbcTemplate jdbc, Clock clock, Memberships memberships, ApiKeys keys, OrganisationDirectory organisations, AuditTrail audit,
                Admission admission) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.memberships = memberships;
        this.keys = keys;
        this.organisations = organisations;
        this.audit = audit;
        this.admission = admission;
    }

    /** Invites {@code email} into the caller's organisation. @throws OrganisationProblem 409 if already a member */
    @Transactional
    NewInvitation invite(Caller caller, String email, Role role) {
        Integer members = jdbc.queryForObject("""
                SELECT count(*) FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organisation_id = ? AND u.email = ?""",
                Integer.class, caller.organisationId(), email);
        if (members > 0) {
            throw OrganisationProblem.conflict("that person is already a member; change their role instead");
        }
        String token = Secrets.generate(TOKEN_PREFIX);
        Instant now = clock.instant();
        Instant expires = now.plus(VALID_FOR);
        Long id = jdbc.queryForObject("""
                INSERT INTO invitations (organisation_id, email, role, token_sha256, invited_by, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""", Long.class, caller.organisationId(), email, role.word(),
                Secrets.sha256(token), caller.userId(), Timestamp.from(now), Timestamp.from(expires));
        return new NewInvitation(id, email, role.word(), now, expires, token);
    }

    /** The organisation's invitations, newest first; never their tokens. */
    List<InvitationView> list(long organisationId) {
        return jdbc.query("""
                SELECT id, email, role, invited_by, created_at, expires_at, accepted_at, revoked_at FROM invitations
                WHERE organisation_id = ? ORDER BY id DESC""", (rs, row) -> view(rs), organisationId);
    }

    /**
     * Revokes a pending invitation; revoking a revoked one changes nothing.
     *
     * @throws OrganisationProblem 404 for an invitation not of this organisation, 409 for an accepted one
     */
    @Transactional
    void revoke(long organisationId, long invitationId) {
        jdbc.update("UPDATE invitations SET revoked_at = ? WHERE organisation_id = ? AND id = ? AND revoked_at IS NULL AND accepted_at IS NULL",
                Timestamp.from(clock.instant()), organisationId, invitationId);
        List<Map<String, Object>> found = jdbc.queryForList("SELECT accepted_at FROM invitations WHERE organisation_id = ? AND id = ?",
                organisationId, invitationId);
        if (found.isEmpty()) {
            throw OrganisationProblem.notFound("invitation");
        }
        if (found.getFirst().get("accepted_at") != null) {
            throw OrganisationProblem.conflict("the invitation was accepted already; remove the member instead");
        }
    }

    /**
     * Accepts an invitation: the person (made if new, named {@code name} if they have no name yet) joins with the
     * invited role, and gets a key with that role's scopes. An existing membership keeps its role.
     *
     * @throws OrganisationProblem 404, the same for a token that is unknown, expired, revoked or used
     */
    @Transactional
    Joined accept(String token, String name) {
        Instant now = clock.instant();
        List<Map<String, Object>> claimed = jdbc.queryForList("""
                UPDATE invitations SET accepted_at = ?
                WHERE token_sha256 = ? AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > ?
                RETURNING organisation_id, email, role""", Timestamp.from(now), Secrets.sha256(token), Timestamp.from(now));
        if (claimed.isEmpty()) {
            throw OrganisationProblem.notFound("invitation");
        }
        long organisationId = ((Number) claimed.getFirst().get("organisation_id")).longValue();
        String email = (String) claimed.getFirst().get("email");
        long userId = memberships.ensureUser(email);
        if (name != null) {
            jdbc.update("UPDATE users SET name = ? WHERE id = ? AND name = ''", name, userId);
        }
        if (memberships.role(organisationId, userId).isEmpty()) {
            // Joining is one more organisation for the person: their plan allows so many (402 organisations_per_user).
            admission.requireOrganisationSlot(userId);
        }
        jdbc.update("INSERT INTO memberships (organisation_id, user_id, role, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                organisationId, userId, claimed.getFirst().get("role"), Timestamp.from(now));
        Role role = memberships.role(organisationId, userId).orElseThrow();
        IssuedKey key = keys.issue(organisationId, userId, "invitation", role.ceiling());
        audit.recordOpenWrite(organisationId, userId, key.id(), "POST /api/v1/invitations/accept", "members", Long.toString(userId), 201,
                "{\"user_id\": " + userId + ", \"role\": \"" + role.word() + "\", \"api_key_id\": " + key.id() + "}", now);
        return new Joined(organisations.asSeenBy(organisationId, userId).orElseThrow(), userId, email, NewKey.of(key));
    }

    private InvitationView view(ResultSet rs) throws SQLException {
        Instant expires = instant(rs, "expires_at");
        Instant accepted = instant(rs, "accepted_at");
        Instant revoked = instant(rs, "revoked_at");
        String status = accepted != null ? "accepted" : revoked != null ? "revoked" : clock.instant().isBefore(expires) ? "pending" : "expired";
        return new InvitationView(rs.getLong("id"), rs.getString("email"), rs.getString("role"), rs.getLong("invited_by"),
                instant(rs, "created_at"), expires, accepted, revoked, status);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
