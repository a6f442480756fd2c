package io.herdbook.api.writes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@code audit_log}: written inside each write's transaction, read by organisation admins newest first. */
@Component
public class AuditTrail {

    private final JdbcTemplate jdbc;

    AuditTrail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What one write left behind; {@code before} and {@code after} are JSON text or null. */
    record Write(long organisationId, Long apiKeyId, Long userId, String action, AuditTarget target, int status,
                 String before, String after, Instant at) {
    }

    void record(Write write) {
        jdbc.update("""
                INSERT INTO audit_log (organisation_id, api_key_id, user_id, action, resource_type, resource_id, status, before, after, at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)""",
                write.organisationId(), write.apiKeyId(), write.userId(), write.action(), write.target().type(), write.target().id(),
                write.status(), write.before(), write.after(), Timestamp.from(write.at()));
    }

    /**
     * Records a write of one of the few open routes (accepting an invitation), which has no caller until it makes
     * one, so the write filter cannot: the route calls this inside its own transaction.
     */
    public void recordOpenWrite(long organisationId, long userId, Long apiKeyId, String action, String resourceType, String resourceId,
                                int status, String afterJson, Instant at) {
        record(new Write(organisationId, apiKeyId, userId, action, new AuditTarget(resourceType, resourceId), status, null, afterJson, at));
    }

    /**
     * The organisation's entries newest first, after a cursor of (at, id) (both null for the first page; C21:
     * one transaction's entries share a time, so the id breaks the tie), optionally of one resource type and id.
     */
    public List<AuditEntry> list(long organisationId, Instant beforeAt, Long beforeId, String resourceType, String resourceId, int limit) {
        return jdbc.query("""
                SELECT id, api_key_id, user_id, action, resource_type, resource_id, status, before::text AS before, after::text AS after, at
                  FROM audit_log
                 WHERE organisation_id = ?
                   AND (?::timestamptz IS NULL OR (at, id) < (?::timestamptz, ?::bigint))
                   AND (?::text IS NULL OR resource_type = ?)
                   AND (?::text IS NULL OR resource_id = ?)
                 ORDER BY at DESC, id DESC LIMIT ?""",
                AuditTrail::entry, organisationId, ts(beforeAt), ts(beforeAt), beforeId, resourceType, resourceType, resourceId, resourceId, limit);
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("api_key_id", Long.class), rs.getObject("user_id", Long.class),
                rs.getString("action"), rs.getString("resource_type"), rs.getString("resource_id"), rs.getInt("status"),
                rs.getString("before"), rs.getString("after"), rs.getTimestamp("at").toInstant());
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
