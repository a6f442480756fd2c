package io.herdbook.api.organisations;

import io.herdbook.api.access.ApiKeys;
import io.herdbook.api.limits.Admission;
import io.herdbook.api.access.IssuedKey;
import io.herdbook.api.access.Role;
import io.herdbook.api.access.Scope;
import io.herdbook.api.organisations.Views.CreatedOrganisation;
import io.herdbook.api.organisations.Views.NewKey;
import io.herdbook.api.organisations.Views.OrganisationView;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Organisations: reading one for its member, and making a new one with its first owner. */
@Component
class OrganisationDirectory {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApiKeys keys;
    private final Admission admission;

    OrganisationDirectory(JdbcTemplate jdbc, Clock clock, ApiKeys keys, Admission admission) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keys = keys;
        this.admission = admission;
    }

    /** The organisation as a member sees it; empty when the person is not a member of it. */
    Optional<OrganisationView> asSeenBy(long organisationId, long userId) {
        List<OrganisationView> found = jdbc.query("""
                SELECT o.id, o.slug, o.name, o.plan, o.created_at, m.role FROM organisations o
                JOIN memberships m ON m.organisation_id = o.id AND m.user_id = ?
                WHERE o.id = ?""", (rs, row) -> new OrganisationView(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
                rs.getString("plan"), rs.getTimestamp("created_at").toInstant(), rs.getString("role")), userId, organisationId);
        return found.stream().findFirst();
    }

    /**
     * Makes an organisation whose owner is {@code userId}, and a key for them in it with {@code scopes}.
     *
     * @throws OrganisationProblem 409 when the slug is taken (decided by the unique index, so two concurrent
     *                             creations of one slug make one organisation)
     */
    @Transactional
    CreatedOrganisation create(long userId, String name, String slug, Set<Scope> scopes) {
        // The person's row is locked for the length of the transaction: creations by one person are judged one
        // after the other, so a count of their organisations made here cannot be raced past.
        jdbc.queryForObject("SELECT id FROM users WHERE id = ? FOR UPDATE", Long.class, userId);
        // The person's plan allows so many organisations (402 organisations_per_user past it), judged under the lock above.
        admission.requireOrganisationSlot(userId);
        Timestamp now = Timestamp.from(clock.instant());
        List<Long> id = jdbc.queryForList("""
                INSERT INTO organisations (slug, name, created_at) VALUES (?, ?, ?)
                ON CONFLICT (slug) DO NOTHING RETURNING id""", Long.class, slug, name, now);
        if (id.isEmpty()) {
            throw OrganisationProblem.conflict("the slug '" + slug + "' is taken; choose another");
        }
        jdbc.update("INSERT INTO memberships (organisation_id, user_id, role, created_at) VALUES (?, ?, ?, ?)",
                id.getFirst(), userId, Role.OWNER.word(), now);
        IssuedKey key = keys.issue(id.getFirst(), userId, "created with " + slug, scopes);
        return new CreatedOrganisation(asSeenBy(id.getFirst(), userId).orElseThrow(), NewKey.of(key));
    }
}
