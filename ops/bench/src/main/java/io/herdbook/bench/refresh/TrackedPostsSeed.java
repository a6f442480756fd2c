package io.herdbook.bench.refresh;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills the database with {@code n} tracked posts of active creators, each pointing at one of the captured
 * post pages (four posts per creator, as many creators as that takes), in one organisation and project. Set
 * based, so a million posts take seconds; {@link #clear} empties every table it or a refresh wrote.
 */
final class TrackedPostsSeed {

    private final JdbcTemplate jdbc;
    private final FixturePosts pages;

    TrackedPostsSeed(DataSource dataSource, FixturePosts pages) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.pages = pages;
    }

    /** Replaces whatever is tracked with {@code n} posts; returns the URLs paths the refresh fetches, in post order. */
    List<String> seed(int n) {
        clear();
        long organisation = jdbc.queryForObject("INSERT INTO organisations (slug, name) VALUES ('bench', 'Bench') RETURNING id", Long.class);
        long project = jdbc.queryForObject("INSERT INTO projects (organisation_id, slug, name) VALUES (?, 'bench', 'Bench') RETURNING id",
                Long.class, organisation);
        int perCreator = pages.posts().size();
        int creators = (n + perCreator - 1) / perCreator;
        jdbc.update("INSERT INTO creators (organisation_id, project_id, handle) SELECT ?, ?, 'bench.creator' || g FROM generate_series(1, ?) g",
                organisation, project, creators);
        StringBuilder values = new StringBuilder();
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < perCreator; i++) {
            values.append(i == 0 ? "" : ", ").append("(?, ?, ?)");
            args.add(i);
            args.add(pages.posts().get(i).id());
            args.add(pages.posts().get(i).kind().name());
        }
        args.add(n);
        jdbc.update("""
                INSERT INTO posts (organisation_id, creator_id, platform_post_id, kind, url, posted_at, first_seen_at)
                SELECT c.organisation_id, c.id, page.id, page.kind,
                       'https://www.tiktok.com/@' || c.handle || '/' || lower(page.kind) || '/' || page.id, now(), now()
                  FROM creators c CROSS JOIN (VALUES %s) AS page (position, id, kind)
                 ORDER BY c.id, page.position
                 LIMIT ?""".formatted(values), args.toArray());
        jdbc.execute("ANALYZE creators");
        jdbc.execute("ANALYZE posts");
        return jdbc.queryForList("""
                SELECT '/@' || c.handle || '/' || lower(p.kind) || '/' || p.platform_post_id
                  FROM posts p JOIN creators c ON c.id = p.creator_id ORDER BY p.id""", String.class);
    }

    /** Empties the tracking tables, the stats a refresh wrote and the batch runs' records of them. */
    void clear() {
        jdbc.execute("TRUNCATE post_stats_latest, post_stats_snapshots, fetch_attempts, comments, posts, creators, projects, organisations "
                + "RESTART IDENTITY CASCADE");
    }

    /** Snapshots written for {@code slot}: what a round must have written, one per post. */
    long snapshotsAt(java.time.Instant slot) {
        return jdbc.queryForObject("SELECT count(*) FROM post_stats_snapshots WHERE observed_at = ?", Long.class,
                java.sql.Timestamp.from(slot));
    }
}
