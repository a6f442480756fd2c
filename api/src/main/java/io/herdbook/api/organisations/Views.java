package io.herdbook.api.organisations;

import io.herdbook.api.access.IssuedKey;
import io.herdbook.api.access.Scope;
import java.time.Instant;
import java.util.List;

/** The bodies this package answers with (snake_case on the wire, like every body of the API). */
final class Views {

    private Views() {
    }

    /** An organisation as its member sees it, with the caller's role there. */
    record OrganisationView(long id, String slug, String name, String plan, Instant createdAt, String role) {
    }

    /** A member of an organisation; {@code joinedAt} is when the membership began. */
    record MemberView(long userId, String email, String name, String role, Instant joinedAt) {
    }

    /**
     * An invitation as lists show it: never its token. {@code status} is pending, accepted, revoked or expired.
     */
    record InvitationView(long id, String email, String role, long invitedBy, Instant createdAt, Instant expiresAt,
                          Instant acceptedAt, Instant revokedAt, String status) {
    }

    /** An invitation just made: its token is shown this once and never again (only its SHA-256 is kept). */
    record NewInvitation(long id, String email, String role, Instant createdAt, Instant expiresAt, String token) {
    }

    /** A key just issued: its secret is shown this once. */
    record NewKey(long id, long organisationId, long userId, String name, String prefix, String secret, List<String> scopes,
                  Instant createdAt) {

        static NewKey of(IssuedKey key) {
            return new NewKey(key.id(), key.organisationId(), key.userId(), key.name(), key.prefix(), key.secret(),
                    key.scopes().stream().sorted().map(Scope::word).toList(), key.createdAt());
        }
    }

    /** The answer to {@code POST /organisations}: the organisation and the caller's key in it. */
    record CreatedOrganisation(OrganisationView organisation, NewKey apiKey) {
    }

    /** The answer to accepting an invitation: where the person now is, as what, and their key there. */
    record Joined(OrganisationView organisation, long userId, String email, NewKey apiKey) {
    }
}
