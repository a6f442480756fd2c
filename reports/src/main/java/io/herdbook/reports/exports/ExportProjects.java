package io.herdbook.reports.exports;

import java.time.ZoneId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Finds the project an export is asked for, only within the caller's organisation. */
@Repository
public class ExportProjects {

    private final JdbcClient jdbc;

    public ExportProjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisation's project; empty when there is none, or it is another organisation's. */
    public Optional<ExportProject> find(long organisationId, long projectId) {
        return jdbc.sql("SELECT slug, time_zone FROM projects WHERE organisation_id = :organisation AND id = :project")
                .param("organisation", organisationId).param("project", projectId)
                .query((rs, i) -> new ExportProject(organisationId, projectId, rs.getString("slug"), ZoneId.of(rs.getString("time_zone"))))
                .optional();
    }
}
