package io.herdbook.api.goals;

import io.herdbook.jobs.tracking.Sql;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds organisations, projects, creators, campaigns, posts, stats snapshots, goals and goal results straight into
 * their tables, so each test states exactly the rows it counts on. Every organisation is new unless named.
 */
public final class GoalData {

    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 1_000_000);

    private final JdbcTemplate jdbc;

    public GoalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisation with this slug, created if missing. */
    public long organisation(String slug) {
        jdbc.update("INSERT INTO organisations (slug, name) VALUES (?, ?) ON CONFLICT (slug) DO NOTHING", slug, slug);
        return jdbc.queryForObject("SELECT id FROM organisations WHERE slug = ?", Long.class, slug);
    }

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

    public long campaign(long organisation, long project, long... creators) {
        long id = jdbc.queryForObject("INSERT INTO campaigns (organisation_id, project_id, name) VALUES (?, ?, 'Spring') RETURNING id",
                Long.class, organisation, project);
        for (long creator : creators) {
            jdbc.update("INSERT INTO campaign_creators (organisation_id, campaign_id, creator_id) VALUES (?, ?, ?)", organisation, id, creator);
        }
        return id;
    }

    public long post(long organisation, long creator, String postedAt) {
        return post(organisation, creator, postedAt, true);
    }

    public long post(long organisation, long creator, String postedAt, boolean tracked) {
        long id = UNIQUE.incrementAndGet();
        return jdbc.queryForObject("""
                INSERT INTO posts (organisation_id, creator_id, platform_post_id, kind, url, posted_at, first_seen_at, tracked)
                VALUES (?, ?, ?, 'VIDEO', ?, ?, ?, ?) RETURNING id
                """, Long.class, organisation, creator, Long.toString(id), "https://www.tiktok.com/@x/video/" + id,
                Sql.utc(Instant.parse(postedAt)), Sql.utc(Instant.parse(postedAt)), tracked);
    }

    /** A snapshot observed (and fetched) at {@code observedAt}; the post's latest row moves to it when it is newer. */
    public void snapshot(long organisation, long post, String observedAt, long views, long likes) {
        snapshot(organisation, post, Instant.parse(observedAt), Instant.parse(observedAt), views, likes);
    }

    public void snapshot(long organisation, long post, Instant observedAt, Instant fetchedAt, long views, long likes) {
        jdbc.update("""
                INSERT INTO post_stats_snapshots (organisation_id, post_id, observed_at, fetched_at, views, likes, comments, shares, exact_counts)
                VALUES (?, ?, ?, ?, ?, ?, 0, 0, true)
                """, organisation, post, Sql.utc(observedAt), Sql.utc(fetchedAt), views, likes);
        jdbc.update("""
                INSERT INTO post_stats_latest (post_id, organisation_id, observed_at, fetched_at, views, likes, comments, shares, exact_counts)
                VALUES (?, ?, ?, ?, ?, ?, 0, 0, true)
                ON CONFLICT (post_id) DO UPDATE SET observed_at = excluded.observed_at, fetched_at = excluded.fetched_at,
                       views = excluded.views, likes = excluded.likes
                 WHERE post_stats_latest.observed_at < excluded.observed_at
                """, post, organisation, Sql.utc(observedAt), Sql.utc(fetchedAt), views, likes);
    }

    /** A goal over all the project's creators. */
    public long goal(long organisation, long project, String metric, long target, String period, String startsOn) {
        return jdbc.queryForObject("""
                INSERT INTO goals (organisation_id, project_id, name, metric, target, period, starts_on)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id
                """, Long.class, organisation, project, metric.toLowerCase() + " goal", metric, target, period, LocalDate.parse(startsOn));
    }

    /** What goal-evaluation would store for the goal, creator and the period starting on {@code periodStart}. */
    public void result(long organisation, long goal, long creator, String periodStart, String from, String to, Long actual,
                       boolean met, long posts, String evaluatedAt) {
        jdbc.update("""
                INSERT INTO goal_results (organisation_id, goal_id, creator_id, period_start, period_from, period_to, metric, target,
                                          actual, met, posts, stats_cutoff, evaluated_at)
                SELECT ?, g.id, ?, ?, ?, ?, g.metric, g.target, ?, ?, ?, ?::timestamptz + interval '48 hours', ?
                  FROM goals g WHERE g.id = ?
                """, organisation, creator, LocalDate.parse(periodStart), Sql.utc(Instant.parse(from)), Sql.utc(Instant.parse(to)),
                actual, met, posts, Sql.utc(Instant.parse(to)), Sql.utc(Instant.parse(evaluatedAt)), goal);
    }
}
