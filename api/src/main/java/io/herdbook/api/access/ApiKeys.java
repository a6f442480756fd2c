package io.herdbook.api.access;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * API keys: issued with a recognisable prefix ({@value #PREFIX}), their secret returned once and stored only as
 * its SHA-256; looked up by that hash on every request; revoked, never deleted (the audit log names them).
 */
@Component
public class ApiKeys {

    /** How every Herdbook key begins, so one pasted into the wrong place is recognised (and secret scanners can). */
    public static final String PREFIX = "hbk_";
    /** How many of a key's characters lists show. */
    static final int SHOWN = PREFIX.length() + 8;
    /** {@code last_used_at} is written at most this often per key, so polling does not turn every read into a write. */
    private static final Duration USE_GRANULARITY = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ApiKeys(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A key as lists show it: never its secret. */
    public record KeyView(long id, long userId, String name, String prefix, Set<Scope> scopes, Instant createdAt,
                          Instant lastUsedAt, Instant revokedAt) {
    }

    /** Issues a key to a member of an organisation. The caller checks the scopes are ones it may grant. */
    public IssuedKey issue(long organisationId, long userId, String name, Set<Scope> scopes) {
        if (scopes.isEmpty() || scopes.contains(Scope.PLATFORM)) {
            throw new IllegalArgumentException("a key holds some of read, write and admin");
        }
        String secret = Secrets.generate(PREFIX);
        String prefix = secret.substring(0, SHOWN);
        Instant now = clock.instant();
        Long id = jdbc.queryForObject("""
                INSERT INTO api_keys (organisation_id, user_id, name, prefix, secret_sha256, scopes, created_at)
                VALUES (?, ?, ?, ?, ?, ?::text[], ?) RETURNING id""", Long.class,
                organisationId, userId, name, prefix, Secrets.sha256(secret), words(scopes), Timestamp.from(now));
        return new IssuedKey(id, organisationId, userId, name, prefix, secret, EnumSet.copyOf(scopes), now);
    }

    /**
     * Issues a key for the server's own operators: the organisation, the person and their ownership are made
     * when missing. The way in for a new installation ({@code herdbook api-key}) and for {@code demo}.
     */
    public IssuedKey bootstrap(long organisationId, String email, String name, Set<Scope> scopes, boolean platformAdmin) {
        Memberships memberships = new Memberships(jdbc);
        long userId = memberships.ensureUser(email);
        if (platformAdmin) {
            memberships.makePlatformAdmin(userId);
        }
        memberships.join(organisationId, userId, Role.OWNER);
        return issue(organisationId, userId, name, scopes);
    }

    /** The caller a presented key stands for; empty for an unknown or revoked key or one whose holder left. */
    public Optional<Caller> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant stale = now.minus(USE_GRANULARITY);
        List<Long> usedAt = new java.util.ArrayList<>(1);
        List<Caller> callers = jdbc.query("""
                SELECT k.id, k.user_id, k.organisation_id, m.role, k.scopes, u.platform_admin, k.last_used_at,
                       CASE WHEN u.banned_at IS NOT NULL THEN 'this person is suspended: ' || u.ban_reason
                            WHEN o.banned_at IS NOT NULL THEN 'this organisation is suspended: ' || o.ban_reason END AS suspension
                FROM api_keys k
                JOIN memberships m ON m.organisation_id = k.organisation_id AND m.user_id = k.user_id
                JOIN users u ON u.id = k.user_id
                JOIN organisations o ON o.id = k.organisation_id
                WHERE k.secret_sha256 = ? AND k.revoked_at IS NULL""", (rs, row) -> {
                    Timestamp lastUsed = rs.getTimestamp("last_used_at");
                    // The write is skipped unless the stored use is stale: a poller's reads stay reads.
                    if (lastUsed == null || lastUsed.toInstant().isBefore(stale)) {
                        usedAt.add(rs.getLong("id"));
                    }
                    return caller(rs);
                }, Secrets.sha256(presented));
        usedAt.forEach(id -> jdbc.update("UPDATE api_keys SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)",
                Timestamp.from(now), id, Timestamp.from(stale)));
        return callers.stream().findFirst();
    }

    /**
     * An organisation's keys, newest first, before the cursor's id ({@code beforeId} null for the first page); only
     * one holder's when {@code userId} is not null.
     */
    public List<KeyView> list(long organisationId, Long userId, Long beforeId, int limit) {
        return jdbc.query("""
                SELECT id, user_id, name, prefix, scopes, created_at, last_used_at, revoked_at FROM api_keys
                WHERE organisation_id = ? AND (?::bigint IS NULL OR user_id = ?) AND (?::bigint IS NULL OR id < ?)
                ORDER BY id DESC LIMIT ?""",
                (rs, row) -> new KeyView(rs.getLong("id"), rs.getLong("user_id"), rs.getString("name"), rs.getString("prefix"),
                        scopes(rs.getArray("scopes")), instant(rs, "created_at"), instant(rs, "last_used_at"), instant(rs, "revoked_at")),
                organisationId, userId, userId, beforeId, beforeId, limit);
    }

    public Optional<KeyView> find(long organisationId, long keyId) {
        return jdbc.query("""
                SELECT id, user_id, name, prefix, scopes, created_at, last_used_at, revoked_at FROM api_keys
                WHERE organisation_id = ? AND id = ?""",
                (rs, row) -> new KeyView(rs.getLong("id"), rs.getLong("user_id"), rs.getString("name"), rs.getString("prefix"),
                        scopes(rs.getArray("scopes")), instant(rs, "created_at"), instant(rs, "last_used_at"), instant(rs, "revoked_at")),
                organisationId, keyId).stream().findFirst();
    }

    /** Revokes a key of the organisation; revoking it again changes nothing. False when there is no such key. */
    public boolean revoke(long organisationId, long keyId) {
        jdbc.update("UPDATE api_keys SET revoked_at = ? WHERE organisation_id = ? AND id = ? AND revoked_at IS NULL",
                Timestamp.from(clock.instant()), organisationId, keyId);
        return find(organisationId, keyId).isPresent();
    }

    private static Caller caller(ResultSet rs) throws SQLException {
        Role role = Role.ofWord(rs.getString("role")).orElseThrow();
        Set<Scope> scopes = scopes(rs.getArray("scopes"));
        scopes.retainAll(role.ceiling());
        return new Caller(rs.getLong("id"), rs.getLong("user_id"), rs.getLong("organisation_id"), role, scopes,
                rs.getBoolean("platform_admin"), rs.getString("suspension"));
    }

    static Set<Scope> scopes(Array array) throws SQLException {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (Object word : (Object[]) array.getArray()) {
            Scope.ofKeyWord((String) word).ifPresent(scopes::add);
        }
        return scopes;
    }

    private static String words(Set<Scope> scopes) {
        return "{" + String.join(",", scopes.stream().map(Scope::word).toList()) + "}";
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
