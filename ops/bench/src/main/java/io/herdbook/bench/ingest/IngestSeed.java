package io.herdbook.bench.ingest;

import io.herdbook.jobs.platform.PostKind;
import io.herdbook.jobs.tracking.TenantStore;
import io.herdbook.jobs.tracking.TrackedPost;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tracked posts P2 writes stats for: one organisation and project of their own, a hundred posts per creator,
 * inserted set-wise by SQL. {@link #remove()} deletes everything that hangs off the organisation, so the figure
 * leaves the tables as it found them.
 */
final class IngestSeed {

    static final String ORGANISATION = "bench-p2";
    private static final int POSTS_PER_CREATOR = 100;

    private final JdbcTemplate jdbc;
    private final long organisationId;

    private IngestSeed(JdbcTemplate jdbc, long organisationId) {
        this.jdbc = jdbc;
        this.organisationId = organisationId;
    }

    /** Creates the organisation, its creators and {@code posts} tracked posts. */
    static IngestSeed create(JdbcTemplate jdbc, int posts) {
        TenantStore tenants = new TenantStore(jdbc);
        long organisation = tenants.ensureOrganisation(ORGANISATION, "Benchmark P2");
        long project = tenants.ensureProject(organisation, "ingest", "Ingest");
        int creators = (posts + POSTS_PER_CREATOR - 1) / POSTS_PER_CREATOR;
        jdbc.update("""
                INSERT INTO creators (organisation_id, project_id, handle)
                SELECT ?, ?, 'bench_p2_' || g FROM generate_series(1, ?) AS g
                """, organisation, project, creators);
        jdbc.update("""
                WITH numbered AS (SELECT id, handle, row_number() OVER (ORDER BY id) - 1 AS n FROM creators WHERE organisation_id = ?)
                INSERT INTO posts (organisation_id, creator_id, platform_post_id, kind, url, posted_at, first_seen_at)
                SELECT ?, c.id, (7300000000000000000 + g)::text, 'VIDEO',
                       'https://www.tiktok.com/@' || c.handle || '/video/' || (7300000000000000000 + g),
                       timestamptz '2025-12-01T00:00:00Z', timestamptz '2025-12-01T00:00:00Z'
                  FROM generate_series(0, ? - 1) AS g JOIN numbered c ON c.n = g % ?
                """, organisation, organisation, posts, creators);
        jdbc.execute("ANALYZE creators, posts");
        return new IngestSeed(jdbc, organisation);
    }

    /** The seeded posts in id order, as the job's reader hands them to its processor. */
    List<TrackedPost> posts() {
        return jdbc.query("""
                SELECT p.id, p.organisation_id, p.creator_id, c.handle, p.platform_post_id, p.kind
                  FROM posts p JOIN creators c ON c.id = p.creator_id WHERE p.organisation_id = ? ORDER BY p.id
                """, (rs, i) -> new TrackedPost(rs.getLong("id"), rs.getLong("organisation_id"), rs.getLong("creator_id"),
                rs.getString("handle"), rs.getString("platform_post_id"), PostKind.valueOf(rs.getString("kind"))), organisationId);
    }

    /** Deletes the organisation and every row that hangs off it, children first. */
    void remove() {
        for (String table : List.of("fetch_attempts", "post_stats_latest", "post_stats_snapshots", "posts", "creators", "projects")) {
            jdbc.update("DELETE FROM " + table + " WHERE organisation_id = ?", organisationId);
        }
        jdbc.update("DELETE FROM organisations WHERE id = ?", organisationId);
    }
}
