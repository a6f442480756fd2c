package io.herdbook.jobs.tracking;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Records fetch outcomes; a repeat of the same (job, slot, creator, resource) updates its row and counts the attempt. */
@Repository
public class FetchAttemptStore {

    private static final String UPSERT = """
            INSERT INTO fetch_attempts (organisation_id, creator_id, post_id, job_name, observed_at, resource,
                                        outcome, reason, http_status, elapsed_ms, attempted_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (job_name, observed_at, creator_id, resource) DO UPDATE
               SET outcome = excluded.outcome, reason = excluded.reason, http_status = excluded.http_status,
                   elapsed_ms = excluded.elapsed_ms, attempted_at = excluded.attempted_at,
                   attempts = fetch_attempts.attempts + 1
            """;

    private final JdbcTemplate jdbc;

    public FetchAttemptStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(List<FetchAttempt> attempts) {
        jdbc.batchUpdate(UPSERT, attempts, 500, (ps, a) -> {
            ps.setLong(1, a.organisationId());
            ps.setLong(2, a.creatorId());
            ps.setObject(3, a.postId());
            ps.setString(4, a.jobName());
            ps.setObject(5, Sql.utc(a.observedAt()));
            ps.setString(6, a.resource());
            ps.setString(7, a.outcome().name());
            ps.setString(8, a.reason());
            ps.setObject(9, a.httpStatus());
            ps.setLong(10, a.elapsed().toMillis());
            ps.setObject(11, Sql.utc(a.attemptedAt()));
        });
    }
}
