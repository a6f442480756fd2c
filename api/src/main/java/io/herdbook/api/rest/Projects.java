package io.herdbook.api.rest;

import io.herdbook.api.limits.Admission;
import io.herdbook.api.limits.LimitName;
import io.herdbook.jobs.payouts.PayoutRefusedException;
import io.herdbook.jobs.tracking.Sql;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An organisation's projects: made against the plan's {@code projects} limit (under the organisation's lock, in the
 * transaction that inserts), renamed, listed by (created_at, id). Every statement is scoped by the organisation.
 */
@Component
class Projects {

    private static final String COLUMNS = "id, slug, name, time_zone, created_at";
    private static final RowMapper<ProjectView> ROWS = (rs, i) -> new ProjectView(rs.getLong("id"), rs.getString("slug"),
            rs.getString("name"), rs.getString("time_zone"), Sql.instant(rs, "created_at"));

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Admission admission;
    private final Clock clock;

    Projects(JdbcTemplate jdbc, TransactionTemplate transaction, Admission admission, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.admission = admission;
        this.clock = clock;
    }

    /** Makes a project, or refuses: 402 past the plan's projects, 409 for a slug the organisation already has. */
    ProjectView create(long organisationId, String slug, String name, String timeZone) {
        return transaction.execute(status -> {
            admission.lock(organisationId);
            admission.requireRoom(organisationId, LimitName.PROJECTS, 1);
            try {
                return jdbc.queryForObject("INSERT INTO projects (organisation_id, slug, name, time_zone, created_at) VALUES (?, ?, ?, ?, ?)"
                        + " RETURNING " + COLUMNS, ROWS, organisationId, slug, name, timeZone, Sql.utc(clock.instant()));
            } catch (DuplicateKeyException e) {
                throw PayoutRefusedException.conflict("the organisation already has a project '" + slug + "'");
            }
        });
    }

    /** Changes a project's name and zone (null keeps one); empty when it is not the organisation's. */
    Optional<ProjectView> update(long organisationId, long id, String name, String timeZone) {
        return jdbc.query("UPDATE projects SET name = coalesce(?, name), time_zone = coalesce(?, time_zone)"
                + " WHERE organisation_id = ? AND id = ? RETURNING " + COLUMNS, ROWS, name, timeZone, organisationId, id).stream().findFirst();
    }

    Optional<ProjectView> find(long organisationId, long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM projects WHERE organisation_id = ? AND id = ?", ROWS, organisationId, id)
                .stream().findFirst();
    }

    /** Up to {@code limit} projects after the cursor (null: from the first), oldest first. */
    List<ProjectView> page(long organisationId, ProjectCursor after, int limit) {
        if (after == null) {
            return jdbc.query("SELECT " + COLUMNS + " FROM projects WHERE organisation_id = ? ORDER BY created_at, id LIMIT ?", ROWS,
                    organisationId, limit);
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM projects WHERE organisation_id = ? AND (created_at, id) > (?, ?)"
                + " ORDER BY created_at, id LIMIT ?", ROWS, organisationId, Sql.utc(after.createdAt()), after.id(), limit);
    }
}
