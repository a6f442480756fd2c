package io.herdbook.bench.api;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an API client polls, seeded straight into the database: the organisation the bench's key is
 * for ({@code default}), one creator with 50 posts and their latest stats (a full first page of
 * {@code /creators/{id}/posts}). The run a client polls is queued through the API itself.
 */
final class PolledData {

    static final int POSTS = 50;

    private final JdbcTemplate jdbc;

    PolledData(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Seeds the data; returns the creator's id. */
    long seed() {
        clear();
        long organisation = jdbc.queryForObject("INSERT INTO organisations (slug, name) VALUES ('default', 'Default') RETURNING id", Long.class);
        long project = jdbc.queryForObject("INSERT INTO projects (organisation_id, slug, name) VALUES (?, 'default', 'Default') RETURNING id",
                Long.class, organisation);
        long creator = jdbc.queryForObject("INSERT INTO creators (organisation_id, project_id, handle) VALUES (?, ?, 'bench.polled') RETURNING id",
                Long.class, organisation, project);
        jdbc.update("""
                INSERT INTO posts (organisation_id, creator_id, platform_post_id, kind, url, caption, posted_at, first_seen_at)
                SELECT ?, ?, (7300000000000000000 + g)::text, 'VIDEO', 'https://www.tiktok.com/@bench.polled/video/' || (7300000000000000000 + g),
                       'Post ' || g || ' #bench', timestamptz '2026-11-01T00:00:00Z' + g * interval '1 hour', now()
                  FROM generate_series(1, ?) g""", organisation, creator, POSTS);
        jdbc.update("""
                INSERT INTO post_stats_latest (post_id, organisation_id, observed_at, fetched_at, views, likes, comments, shares, saves, exact_counts)
                SELECT id, organisation_id, now(), now(), 1000 * id, 100 * id, 10 * id, id, id, true FROM posts WHERE creator_id = ?""", creator);
        return creator;
    }

    /** The id of the organisation with this slug. */
    long organisation(String slug) {
        return jdbc.queryForObject("SELECT id FROM organisations WHERE slug = ?", Long.class, slug);
    }

    void clear() {
        jdbc.execute("TRUNCATE post_stats_latest, post_stats_snapshots, fetch_attempts, comments, posts, creators, projects, organisations, "
                + "job_runs RESTART IDENTITY CASCADE");
    }
}
