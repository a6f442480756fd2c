package io.herdbook.api.sentiment;

import io.herdbook.jobs.tracking.Sql;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds organisations, projects, creators, posts and comments straight into the tables the comment
 * sweep fills, so each test states exactly the comments it counts on.
 */
public final class SentimentData {

    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 1_000_000);

    private final JdbcTemplate jdbc;

    public SentimentData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisation with this slug, created if missing. */
    public long organisation(String slug) {
        jdbc.update("INSERT INTO organisations (slug, name) VALUES (?, ?) ON CONFLICT (slug) DO NOTHING", slug, slug);
        return jdbc.queryForObject("SELECT id FROM organisations WHERE slug = ?", Long.class, slug);
    }

    /** A new organisation of its own. */
    public long anOrganisation() {
        return organisation("org-" + UNIQUE.incrementAndGet());
    }

    public long project(long organisation, String zone) {
        return jdbc.queryForObject("INSERT INTO projects (organisation_id, slug, name, time_zone) VALUES (?, ?, 'P', ?) RETURNING id",
                Long.class, organisation, "p" + UNIQUE.incrementAndGet(), zone);
    }

    public long creator(long organisation, long project, String handle) {
        return jdbc.queryForObject("INSERT INTO creators (organisation_id, project_id, handle) VALUES (?, ?, ?) RETURNING id",
                Long.class, organisation, project, handle);
    }

    public long post(long organisation, long creator) {
        long id = UNIQUE.incrementAndGet();
        return jdbc.queryForObject("""
                INSERT INTO posts (organisation_id, creator_id, platform_post_id, kind, url, posted_at, first_seen_at)
                VALUES (?, ?, ?, 'VIDEO', ?, '2026-02-01T00:00:00Z', '2026-02-01T00:00:00Z') RETURNING id
                """, Long.class, organisation, creator, Long.toString(id), "https://www.tiktok.com/@x/video/" + id);
    }

    /** {@code count} comments on the post at {@code at}, labelled by the score (UNSCORED when null), with {@code text}. */
    public void comments(long organisation, long post, int count, Double score, Instant at, String text) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {organisation, post, "c" + UNIQUE.incrementAndGet(), "fan" + i, text, Sql.utc(at), (long) i,
                    label(score), score, score == null ? "emoji only" : null, Sql.utc(at), Sql.utc(at)});
        }
        jdbc.batchUpdate("""
                INSERT INTO comments (organisation_id, post_id, platform_comment_id, author_handle, text, posted_at, likes,
                                      sentiment, sentiment_score, unscored_reason, first_seen_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
    }

    public void comments(long organisation, long post, int count, Double score, String at) {
        comments(organisation, post, count, score, Instant.parse(at), "comment");
    }

    /** The label the sweep gives a score (VADER's ±0.05). */
    private static String label(Double score) {
        return score == null ? "UNSCORED" : score >= 0.05 ? "POSITIVE" : score <= -0.05 ? "NEGATIVE" : "NEUTRAL";
    }
}
