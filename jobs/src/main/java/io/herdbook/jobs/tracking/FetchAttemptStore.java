package io.herdbook.jobs.tracking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Records fetch outcomes; a repeat of the same (job, slot, creator, resource) updates its row and counts the attempt. */
@Repository
public class FetchAttemptStore {

    /**
     * A call's attempts in one statement, one array per column: a chunk costs one round trip, not one upsert per
     * fetch. A multi-row {@code DO UPDATE} may touch each row once, so repeats of a key within the call arrive
     * folded into one row ({@link Folded}) that ends where upserting them one after the other would: the first
     * one's organisation and post, the last one's outcome, and as many attempts as there were repeats.
     */
    private static final String UPSERT = """
            INSERT INTO fetch_attempts (organisation_id, creator_id, post_id, job_name, observed_at, resource,
                                        outcome, reason, http_status, elapsed_ms, attempted_at, attempts)
            SELECT organisation_id, creator_id, post_id, job_name, observed_at, resource, outcome, reason, http_status,
                   elapsed_ms, attempted_at, attempts
              FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::timestamptz[], ?::text[], ?::text[],
                          ?::text[], ?::integer[], ?::bigint[], ?::timestamptz[], ?::integer[])
                   WITH ORDINALITY AS a(organisation_id, creator_id, post_id, job_name, observed_at, resource, outcome,
                                        reason, http_status, elapsed_ms, attempted_at, attempts, n)
             ORDER BY n
            ON CONFLICT (job_name, observed_at, creator_id, resource) DO UPDATE
               SET outcome = excluded.outcome, reason = excluded.reason, http_status = excluded.http_status,
                   elapsed_ms = excluded.elapsed_ms, attempted_at = excluded.attempted_at,
                   attempts = fetch_attempts.attempts + excluded.attempts
            """;

    private final JdbcTemplate jdbc;

    public FetchAttemptStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(List<FetchAttempt> attempts) {
        if (attempts.isEmpty()) {
            return;
        }
        List<Folded> rows = fold(attempts);
        jdbc.update(UPSERT, ps -> bind(ps, rows));
    }

    /** The attempts of one key within a call: the first, the last and how many. */
    private record Folded(FetchAttempt first, FetchAttempt last, int attempts) {
    }

    /** Key as the unique index sees it, with the slot at the microsecond the database keeps. */
    private record Key(String jobName, String observedAt, long creatorId, String resource) {
    }

    private static List<Folded> fold(List<FetchAttempt> attempts) {
        Map<Key, Folded> byKey = new LinkedHashMap<>();
        for (FetchAttempt a : attempts) {
            byKey.merge(new Key(a.jobName(), Sql.utcText(a.observedAt()), a.creatorId(), a.resource()), new Folded(a, a, 1),
                    (earlier, later) -> new Folded(earlier.first(), later.last(), earlier.attempts() + 1));
        }
        return new ArrayList<>(byKey.values());
    }

    private static void bind(PreparedStatement ps, List<Folded> rows) throws SQLException {
        int n = rows.size();
        Long[] organisations = new Long[n];
        Long[] creators = new Long[n];
        Long[] posts = new Long[n];
        String[] jobs = new String[n];
        String[] slots = new String[n];
        String[] resources = new String[n];
        String[] outcomes = new String[n];
        String[] reasons = new String[n];
        Integer[] statuses = new Integer[n];
        Long[] elapsed = new Long[n];
        String[] attemptedAt = new String[n];
        Integer[] counts = new Integer[n];
        for (int i = 0; i < n; i++) {
            FetchAttempt first = rows.get(i).first();
            FetchAttempt last = rows.get(i).last();
            organisations[i] = first.organisationId();
            creators[i] = first.creatorId();
            posts[i] = first.postId();
            jobs[i] = first.jobName();
            slots[i] = Sql.utcText(first.observedAt());
            resources[i] = first.resource();
            outcomes[i] = last.outcome().name();
            reasons[i] = last.reason();
            statuses[i] = last.httpStatus();
            elapsed[i] = last.elapsed().toMillis();
            attemptedAt[i] = Sql.utcText(last.attemptedAt());
            counts[i] = rows.get(i).attempts();
        }
        Connection connection = ps.getConnection();
        ps.setArray(1, connection.createArrayOf("bigint", organisations));
        ps.setArray(2, connection.createArrayOf("bigint", creators));
        ps.setArray(3, connection.createArrayOf("bigint", posts));
        ps.setArray(4, connection.createArrayOf("text", jobs));
        ps.setArray(5, connection.createArrayOf("text", slots));
        ps.setArray(6, connection.createArrayOf("text", resources));
        ps.setArray(7, connection.createArrayOf("text", outcomes));
        ps.setArray(8, connection.createArrayOf("text", reasons));
        ps.setArray(9, connection.createArrayOf("integer", statuses));
        ps.setArray(10, connection.createArrayOf("bigint", elapsed));
        ps.setArray(11, connection.createArrayOf("text", attemptedAt));
        ps.setArray(12, connection.createArrayOf("integer", counts));
    }
}
