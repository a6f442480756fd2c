package io.herdbook.jobs.archive;

import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.Payload;
import io.herdbook.jobs.tracking.FetchAttempt;
import io.herdbook.jobs.tracking.Sql;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code raw_payloads} table: payloads kept beside a job's writes, read back in slot order, deleted when old. */
@Repository
public class RawArchiveStore {

    /**
     * Keyed like {@code fetch_attempts}. A repeat keeps the stored payload when it was data, as the (post, slot) snapshot
     * keeps its first data answer; one the job could not use gives way to a later data one.
     */
    private static final String KEEP = """
            INSERT INTO raw_payloads (organisation_id, creator_id, post_id, job_name, observed_at, resource, payload_kind,
                                      outcome, encoding, body, payload_bytes, compressed_bytes, response_bytes, fetched_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (job_name, observed_at, creator_id, resource) DO UPDATE
               SET post_id = excluded.post_id, payload_kind = excluded.payload_kind, outcome = excluded.outcome,
                   encoding = excluded.encoding, body = excluded.body, payload_bytes = excluded.payload_bytes,
                   compressed_bytes = excluded.compressed_bytes, response_bytes = excluded.response_bytes,
                   fetched_at = excluded.fetched_at
             WHERE raw_payloads.outcome <> 'DATA' AND excluded.outcome = 'DATA'
            """;

    private static final String COLUMNS = """
            id, organisation_id, creator_id, post_id, job_name, observed_at, resource, payload_kind, outcome, encoding, body,
            response_bytes, fetched_at""";

    private final JdbcTemplate jdbc;
    private final ArchiveProperties settings;

    public RawArchiveStore(JdbcTemplate jdbc, ArchiveProperties settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /**
     * Keeps the payload of every attempt that carries one, compressed; attempts without one are left out. Call in the
     * transaction of the job's other writes, so a payload is kept exactly when what was derived from it is.
     *
     * @param fetchedAt the fetched_at the caller writes beside them (snapshots, new posts' first_seen_at)
     */
    public void keep(List<FetchAttempt> attempts, Instant fetchedAt) {
        if (!settings.keeps()) {
            return;
        }
        List<FetchAttempt> kept = attempts.stream().filter(a -> a.payload() != null).toList();
        if (kept.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(KEEP, kept, 500, (ps, a) -> {
            byte[] text = a.payload().text().getBytes(StandardCharsets.UTF_8);
            byte[] body = PayloadCodec.compress(text);
            ps.setLong(1, a.organisationId());
            ps.setLong(2, a.creatorId());
            ps.setObject(3, a.postId());
            ps.setString(4, a.jobName());
            ps.setObject(5, Sql.utc(a.observedAt()));
            ps.setString(6, a.resource());
            ps.setString(7, a.payload().kind().name());
            ps.setString(8, a.outcome().name());
            ps.setString(9, PayloadCodec.GZIP);
            ps.setBytes(10, body);
            ps.setInt(11, text.length);
            ps.setInt(12, body.length);
            ps.setInt(13, a.payload().responseBytes());
            ps.setObject(14, Sql.utc(fetchedAt));
        });
    }

    /**
     * The next {@code limit} payloads in the range after ({@code afterSlot}, {@code afterId}) in (slot, id) order
     * (both null for the first page): a keyset page, so a long reparse never rereads or skips a row.
     */
    public List<ArchivedPayload> page(ReparseRange range, Instant afterSlot, Long afterId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM raw_payloads WHERE true");
        List<Object> args = new ArrayList<>();
        if (range.job() != null) {
            sql.append(" AND job_name = ?");
            args.add(range.job());
        }
        if (range.from() != null) {
            sql.append(" AND observed_at >= ?");
            args.add(Sql.utc(range.from()));
        }
        if (range.to() != null) {
            sql.append(" AND observed_at <= ?");
            args.add(Sql.utc(range.to()));
        }
        if (afterSlot != null) {
            sql.append(" AND (observed_at, id) > (?, ?)");
            args.add(Sql.utc(afterSlot));
            args.add(afterId);
        }
        sql.append(" ORDER BY observed_at, id LIMIT ?");
        args.add(limit);
        return jdbc.query(sql.toString(), (rs, i) -> row(rs), args.toArray());
    }

    /**
     * Deletes up to {@code limit} of the payloads fetched before {@code cutoff}, oldest first, in one statement.
     *
     * @return how many were deleted; fewer than {@code limit} means none older is left
     */
    public int deleteFetchedBefore(Instant cutoff, int limit) {
        return jdbc.update("""
                DELETE FROM raw_payloads WHERE id IN (
                    SELECT id FROM raw_payloads WHERE fetched_at < ? ORDER BY fetched_at LIMIT ?)
                """, Sql.utc(cutoff), limit);
    }

    private static ArchivedPayload row(ResultSet rs) throws SQLException {
        if (!PayloadCodec.GZIP.equals(rs.getString("encoding"))) {
            throw new IllegalStateException("raw payload " + rs.getLong("id") + " has unknown encoding " + rs.getString("encoding"));
        }
        Payload payload = new Payload(Payload.Kind.valueOf(rs.getString("payload_kind")),
                PayloadCodec.decompress(rs.getBytes("body")), rs.getInt("response_bytes"));
        return new ArchivedPayload(rs.getLong("id"), rs.getLong("organisation_id"), rs.getLong("creator_id"),
                Sql.nullableLong(rs, "post_id"), rs.getString("job_name"), Sql.instant(rs, "observed_at"),
                rs.getString("resource"), Outcome.valueOf(rs.getString("outcome")), payload, Sql.instant(rs, "fetched_at"));
    }
}
