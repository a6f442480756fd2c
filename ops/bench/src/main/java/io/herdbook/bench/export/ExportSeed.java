package io.herdbook.bench.export;

import io.herdbook.jobs.tracking.Sql;
import io.herdbook.jobs.tracking.TenantStore;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The accrual lines P4 exports: one organisation and Chicago project of their own, creators × 100 posts × 5 CPM
 * structures, one line per post and structure, inserted set-wise by SQL; line n accrued at {@link #FIRST} + n seconds.
 * {@link #remove()} deletes it all again (accrual lines refuse deletes by trigger, so with triggers off for that one
 * transaction), so the figure leaves the tables as it found them.
 */
final class ExportSeed {

    static final String ORGANISATION = "bench-p4";
    static final String PROJECT = "export";
    static final String ZONE = "America/Chicago";
    static final Instant FIRST = Instant.parse("2026-09-07T05:00:00Z");
    private static final int POSTS_PER_CREATOR = 100;
    private static final int STRUCTURES = 5;

    private final JdbcTemplate jdbc;
    private final long organisationId;
    private final long projectId;

    private ExportSeed(JdbcTemplate jdbc, long organisationId, long projectId) {
        this.jdbc = jdbc;
        this.organisationId = organisationId;
        this.projectId = projectId;
    }

    /** Seeds {@code lines} lines (a multiple of 500). */
    static ExportSeed create(JdbcTemplate jdbc, int lines) {
        TenantStore tenants = new TenantStore(jdbc);
        long organisation = tenants.ensureOrganisation(ORGANISATION, "Benchmark P4");
        long project = tenants.ensureProject(organisation, PROJECT, "Export");
        jdbc.update("UPDATE projects SET time_zone = ? WHERE id = ?", ZONE, project);
        int creators = lines / (POSTS_PER_CREATOR * STRUCTURES);
        jdbc.update("INSERT INTO creators (organisation_id, project_id, handle) SELECT ?, ?, 'bench_p4_' || g FROM generate_series(1, ?) AS g",
                organisation, project, creators);
        jdbc.update("""
                INSERT INTO payout_structures (organisation_id, project_id, name, kind, period, starts_on, cpm_rate)
                SELECT ?, ?, 'CPM ' || g, 'CPM', 'WEEKLY', '2026-01-05', 2.50 FROM generate_series(1, ?) AS g
                """, organisation, project, STRUCTURES);
        jdbc.update("""
                INSERT INTO posts (organisation_id, creator_id, platform_post_id, kind, url, posted_at, first_seen_at)
                SELECT ?, c.id, (7300000000000000000 + c.id * 1000 + g)::text, 'VIDEO',
                       'https://www.tiktok.com/@' || c.handle || '/video/' || (7300000000000000000 + c.id * 1000 + g),
                       timestamptz '2026-09-01T00:00:00Z', timestamptz '2026-09-01T00:00:00Z'
                  FROM creators c CROSS JOIN generate_series(1, ?) AS g WHERE c.organisation_id = ?
                """, organisation, POSTS_PER_CREATOR, organisation);
        jdbc.update("""
                WITH lines AS (
                    SELECT p.id AS post_id, p.creator_id, s.id AS structure_id, row_number() OVER (ORDER BY p.id, s.id) AS n
                      FROM posts p CROSS JOIN payout_structures s WHERE p.organisation_id = ? AND s.organisation_id = ?)
                INSERT INTO payout_accruals (organisation_id, project_id, structure_id, creator_id, kind, post_id, period_start,
                                             period_from, period_to, snapshot_observed_at, views, computed_amount, amount,
                                             unfunded_amount, qualified_at, accrued_at, note)
                SELECT ?, ?, structure_id, creator_id, 'CPM', post_id, date '2026-08-31',
                       timestamptz '2026-08-31T05:00:00Z', timestamptz '2026-09-07T05:00:00Z', timestamptz '2026-09-09T05:00:00Z',
                       4 * (250 + n % 2250), (250 + n % 2250) * 0.01, (250 + n % 2250) * 0.01, 0,
                       timestamptz '2026-09-01T00:00:00Z', ? + n * interval '1 second', 'bulk line ' || n
                  FROM lines
                """, organisation, organisation, organisation, project, Sql.utc(FIRST));
        jdbc.execute("ANALYZE payout_accruals, posts, creators, payout_structures");
        return new ExportSeed(jdbc, organisation, project);
    }

    long organisationId() {
        return organisationId;
    }

    long projectId() {
        return projectId;
    }

    /** Deletes the organisation and every row that hangs off it, children first, in one transaction with triggers off. */
    void remove() {
        jdbc.execute((Connection connection) -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("SET LOCAL session_replication_role = replica");
                for (String table : List.of("payout_accruals", "payout_structures", "posts", "creators", "projects")) {
                    statement.execute("DELETE FROM " + table + " WHERE organisation_id = " + organisationId);
                }
                statement.execute("DELETE FROM organisations WHERE id = " + organisationId);
                connection.commit();
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            return null;
        });
    }
}
