package io.herdbook.reports.completeness;

import io.herdbook.jobs.tracking.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the completeness figure ({@link Completeness}) per creator and per project. */
@Repository
public class CaptureCompleteness {

    private static final String PROJECT_TOTALS = "SELECT r.organisation_id, r.project_id, "
            + "coalesce(sum(least(r.captured, r.expected)) FILTER (WHERE r.counted), 0) AS captured, "
            + "coalesce(sum(r.expected) FILTER (WHERE r.counted), 0) AS expected, count(*) FILTER (WHERE r.counted) AS creators "
            + "FROM (" + Completeness.COUNTED_ROWS + ") r GROUP BY r.organisation_id, r.project_id";

    /** A project's figure as the gauge exports it, tagged by slugs. */
    public record ProjectFigure(String organisation, String project, ProjectCompleteness figure) {
    }

    private final JdbcTemplate jdbc;

    public CaptureCompleteness(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The project's figure, or empty when the organisation has no such project (another organisation's included). */
    public Optional<ProjectCompleteness> project(long organisationId, long projectId) {
        if (!Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM projects WHERE organisation_id = ? AND id = ?)",
                Boolean.class, organisationId, projectId))) {
            return Optional.empty();
        }
        List<ProjectCompleteness> totals = jdbc.query(PROJECT_TOTALS.formatted("WHERE c.organisation_id = ? AND c.project_id = ?"),
                (rs, i) -> totals(rs), organisationId, projectId);
        return Optional.of(totals.isEmpty() ? new ProjectCompleteness(projectId, 0, 0, null, 0) : totals.getFirst());
    }

    /** Up to {@code limit} of the project's creators with id greater than {@code afterId}, in id order. */
    public List<CreatorCompleteness> creators(long organisationId, long projectId, long afterId, int limit) {
        return jdbc.query("SELECT * FROM (" + Completeness.COUNTED_ROWS.formatted("WHERE c.organisation_id = ? AND c.project_id = ? AND c.id > ?")
                + ") r ORDER BY r.creator_id LIMIT ?", (rs, i) -> creator(rs), organisationId, projectId, afterId, limit);
    }

    /** Every project's figure, with its organisation's and its own slug: an operator's view, across organisations. */
    public List<ProjectFigure> allProjects() {
        return jdbc.query("SELECT o.slug AS organisation_slug, p.slug AS project_slug, t.* FROM (" + PROJECT_TOTALS.formatted("")
                + ") t JOIN projects p ON p.id = t.project_id AND p.organisation_id = t.organisation_id "
                + "JOIN organisations o ON o.id = t.organisation_id ORDER BY o.slug, p.slug",
                (rs, i) -> new ProjectFigure(rs.getString("organisation_slug"), rs.getString("project_slug"), totals(rs)));
    }

    private static ProjectCompleteness totals(ResultSet rs) throws SQLException {
        long creators = rs.getLong("creators");
        long expected = rs.getLong("expected");
        return new ProjectCompleteness(rs.getLong("project_id"), rs.getLong("captured"), expected,
                creators == 0 ? null : Completeness.ratio(rs.getLong("captured"), expected), creators);
    }

    private static CreatorCompleteness creator(ResultSet rs) throws SQLException {
        Long expected = Sql.nullableLong(rs, "expected");
        return new CreatorCompleteness(rs.getLong("creator_id"), rs.getString("handle"), rs.getString("status"), rs.getLong("captured"),
                expected, Completeness.ratio(rs.getLong("captured"), expected), rs.getBoolean("counted"));
    }
}
