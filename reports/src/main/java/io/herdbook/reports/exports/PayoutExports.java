package io.herdbook.reports.exports;

import io.herdbook.jobs.tracking.Sql;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of exports run by the queue ({@code payout_exports}), each scoped by its organisation. */
@Repository
public class PayoutExports {

    private final JdbcClient jdbc;

    public PayoutExports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a new export as QUEUED. */
    public PayoutExport create(UUID id, ExportProject project, ExportKind kind, LocalDate from, LocalDate to, boolean bom, Instant now) {
        jdbc.sql("""
                INSERT INTO payout_exports (id, organisation_id, project_id, kind, from_date, to_date, bom, status, requested_at)
                VALUES (:id, :organisation, :project, :kind, :from, :to, :bom, 'QUEUED', :now)
                """).param("id", id).param("organisation", project.organisationId()).param("project", project.id())
                .param("kind", kind.name()).param("from", from).param("to", to).param("bom", bom).param("now", Sql.utc(now)).update();
        return find(project.organisationId(), id).orElseThrow();
    }

    /** The organisation's export; empty for an unknown id or another organisation's. */
    public Optional<PayoutExport> find(long organisationId, UUID id) {
        return jdbc.sql("SELECT * FROM payout_exports WHERE organisation_id = :organisation AND id = :id")
                .param("organisation", organisationId).param("id", id).query(PayoutExports::read).optional();
    }

    /** The export, whoever's it is: for the queue's job, which was handed only its id. */
    Optional<PayoutExport> get(UUID id) {
        return jdbc.sql("SELECT * FROM payout_exports WHERE id = :id").param("id", id).query(PayoutExports::read).optional();
    }

    void running(PayoutExport export) {
        jdbc.sql("UPDATE payout_exports SET status = 'RUNNING', lines = 0, message = NULL WHERE organisation_id = :organisation AND id = :id")
                .param("organisation", export.organisationId()).param("id", export.id()).update();
    }

    void progress(PayoutExport export, long lines) {
        jdbc.sql("UPDATE payout_exports SET lines = :lines WHERE organisation_id = :organisation AND id = :id")
                .param("lines", lines).param("organisation", export.organisationId()).param("id", export.id()).update();
    }

    void succeeded(PayoutExport export, long lines, Path file, Instant now) {
        jdbc.sql("""
                UPDATE payout_exports SET status = 'SUCCEEDED', lines = :lines, file_path = :file, message = NULL, finished_at = :now
                 WHERE organisation_id = :organisation AND id = :id
                """).param("lines", lines).param("file", file.toString()).param("now", Sql.utc(now))
                .param("organisation", export.organisationId()).param("id", export.id()).update();
    }

    /** An attempt failed: FAILED for good when {@code last}, else back to QUEUED for the retry; either way with why. */
    void failed(PayoutExport export, String message, boolean last, Instant now) {
        jdbc.sql("""
                UPDATE payout_exports SET status = :status, message = :message, finished_at = :finished
                 WHERE organisation_id = :organisation AND id = :id
                """).param("status", last ? ExportStatus.FAILED.name() : ExportStatus.QUEUED.name()).param("message", message)
                .param("finished", last ? Sql.utc(now) : null).param("organisation", export.organisationId()).param("id", export.id())
                .update();
    }

    private static PayoutExport read(ResultSet rs, int row) throws SQLException {
        String file = rs.getString("file_path");
        return new PayoutExport(rs.getObject("id", UUID.class), rs.getLong("organisation_id"), rs.getLong("project_id"),
                ExportKind.valueOf(rs.getString("kind")), rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class),
                rs.getBoolean("bom"), ExportStatus.valueOf(rs.getString("status")), rs.getLong("lines"), file == null ? null : Path.of(file),
                rs.getString("message"), Sql.instant(rs, "requested_at"), Sql.instant(rs, "finished_at"));
    }
}
