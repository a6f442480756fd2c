package io.herdbook.api.writes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code idempotency_keys}: one row per (organisation, key). Every method runs inside the write's transaction
 * ({@link WriteTransactionFilter}), which is what makes a claim and the write it guards one unit.
 */
@Component
class IdempotencyKeys {

    /** How long an answer is replayed; after that the key may be used for a new request. */
    static final Duration KEPT = Duration.ofHours(24);
    /** Status of a row claimed by a write still running (never seen by another transaction: it commits completed). */
    private static final int CLAIMED = 0;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    IdempotencyKeys(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a claim found: the key is this request's now, or an earlier request's answer, or another request's. */
    sealed interface Claim {
        record Claimed() implements Claim {
        }

        record Replay(StoredAnswer answer) implements Claim {
        }

        record OtherRequest() implements Claim {
        }
    }

    /**
     * Claims {@code key} for a request with this fingerprint. The unique insert waits while another transaction
     * holds the same key uncommitted (C15), then sees its committed answer; a claim that rolled back left nothing.
     */
    Claim claim(long organisationId, String key, byte[] fingerprint) {
        Instant now = clock.instant();
        int inserted = jdbc.update("""
                INSERT INTO idempotency_keys (organisation_id, idempotency_key, request_sha256, status, body, created_at)
                VALUES (?, ?, ?, ?, ''::bytea, ?) ON CONFLICT (organisation_id, idempotency_key) DO NOTHING""",
                organisationId, key, fingerprint, CLAIMED, Timestamp.from(now));
        if (inserted == 1) {
            return new Claim.Claimed();
        }
        // An expired row is taken over in place, under its row lock, so two late requests cannot both take it.
        int renewed = jdbc.update("""
                UPDATE idempotency_keys SET request_sha256 = ?, status = ?, content_type = NULL, location = NULL, body = ''::bytea,
                       created_at = ?
                 WHERE organisation_id = ? AND idempotency_key = ? AND created_at <= ?""",
                fingerprint, CLAIMED, Timestamp.from(now), organisationId, key, Timestamp.from(now.minus(KEPT)));
        if (renewed == 1) {
            return new Claim.Claimed();
        }
        List<Claim> found = jdbc.query("""
                SELECT request_sha256, status, content_type, location, body FROM idempotency_keys
                 WHERE organisation_id = ? AND idempotency_key = ?""",
                (rs, row) -> Arrays.equals(rs.getBytes("request_sha256"), fingerprint)
                        ? new Claim.Replay(new StoredAnswer(rs.getInt("status"), rs.getString("content_type"), rs.getString("location"),
                                rs.getBytes("body")))
                        : new Claim.OtherRequest(),
                organisationId, key);
        return found.stream().findFirst().orElseGet(() -> claim(organisationId, key, fingerprint));
    }

    /** Keeps the answer of the request that claimed {@code key}, to be replayed for the next 24 hours. */
    void complete(long organisationId, String key, StoredAnswer answer) {
        jdbc.update("UPDATE idempotency_keys SET status = ?, content_type = ?, location = ?, body = ? WHERE organisation_id = ? AND idempotency_key = ?",
                answer.status(), answer.contentType(), answer.location(), answer.body(), organisationId, key);
    }

    /**
     * Drops a few of the organisation's rows past their 24 hours. Called with each new claim, so the table holds
     * about a day of keys without a job of its own, and the cost of one call stays bounded.
     */
    void purgeExpired(long organisationId, int batch) {
        jdbc.update("""
                DELETE FROM idempotency_keys WHERE ctid = ANY (ARRAY(
                  SELECT ctid FROM idempotency_keys WHERE organisation_id = ? AND created_at <= ? LIMIT ?))""",
                organisationId, Timestamp.from(clock.instant().minus(KEPT)), batch);
    }
}
