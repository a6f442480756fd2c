package io.herdbook.api.payouts;

import io.herdbook.jobs.tracking.Sql;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds the rows goal-evaluation reads, in plain SQL so each test says exactly what the platform "saw": projects in a
 * zone, creators, posts with their posting time, snapshots with their observation time, post-page fetch outcomes.
 */
final class PayoutSeed {

    private static final AtomicLong POST_IDS = new AtomicLong(7_400_000_000_000_000_000L);

    private final JdbcTemplate jdbc;
    final long organisation;

    PayoutSeed(JdbcTemplate jdbc, String organisationSlug) {
        this.jdbc = jdbc;
        jdbc.update("INSERT INTO organisations (slug, name) VALUES (?, ?) ON CONFLICT DO NOTHING", organisationSlug, organisationSlug);
        this.organisation = jdbc.queryForObject("SELECT id FROM organisations WHERE slug = ?", Long.class, organisationSlug);
    }

    long project(String slug, String zone) {
        return jdbc.queryForObject("INSERT INTO projects (organisation_id, slug, name, time_zone) VALUES (?, ?, ?, ?) RETURNING id",
                Long.class, organisation, slug, slug, zone);
    }

    long creator(long project, String handle) {
        return jdbc.queryForObject("INSERT INTO creators (organisation_id, project_id, handle) VALUES (?, ?, ?) RETURNING id",
                Long.class, organisation, project, handle);
    }

    long post(long creator, Instant postedAt) {
        String platformId = Long.toUnsignedString(POST_IDS.incrementAndGet());
        return jdbc.queryForObject("""
                INSERT INTO posts (organisation_id, creator_id, platform_post_id, kind, url, posted_at, first_seen_at)
                VALUES (?, ?, ?, 'VIDEO', ?, ?, ?) RETURNING id
                """, Long.class, organisation, creator, platformId, "https://www.tiktok.com/@c/video/" + platformId,
                Sql.utc(postedAt), Sql.utc(postedAt));
    }

    void snapshot(long post, Instant observedAt, long views, long likes) {
        jdbc.update("""
                INSERT INTO post_stats_snapshots (organisation_id, post_id, observed_at, fetched_at, views, likes, comments, shares, exact_counts)
                VALUES (?, ?, ?, ?, ?, ?, 0, 0, true)
                """, organisation, post, Sql.utc(observedAt), Sql.utc(observedAt), views, likes);
    }

    /** A snapshot stats-refresh held as suspect (its counts fell too far below the last good one). */
    void suspectSnapshot(long post, Instant observedAt, long views, long likes) {
        jdbc.update("""
                INSERT INTO post_stats_snapshots (organisation_id, post_id, observed_at, fetched_at, views, likes, comments, shares,
                                                  exact_counts, suspect, suspect_reason)
                VALUES (?, ?, ?, ?, ?, ?, 0, 0, true, true, 'views fell')
                """, organisation, post, Sql.utc(observedAt), Sql.utc(observedAt), views, likes);
    }

    void postFetch(long post, Instant observedAt, String outcome) {
        long creator = jdbc.queryForObject("SELECT creator_id FROM posts WHERE id = ?", Long.class, post);
        jdbc.update("""
                INSERT INTO fetch_attempts (organisation_id, creator_id, post_id, job_name, observed_at, resource, outcome, elapsed_ms, attempted_at)
                VALUES (?, ?, ?, 'stats-refresh', ?, ?, ?, 10, ?)
                """, organisation, creator, post, Sql.utc(observedAt), "post:" + post, outcome, Sql.utc(observedAt));
    }

    long campaign(long project, String name, BigDecimal budget, long... creators) {
        long id = jdbc.queryForObject("INSERT INTO campaigns (organisation_id, project_id, name, budget) VALUES (?, ?, ?, ?) RETURNING id",
                Long.class, organisation, project, name, budget);
        for (long creator : creators) {
            jdbc.update("INSERT INTO campaign_creators (organisation_id, campaign_id, creator_id) VALUES (?, ?, ?)", organisation, id, creator);
        }
        return id;
    }

    long goal(long project, String metric, long target, String period, LocalDate startsOn) {
        return jdbc.queryForObject("""
                INSERT INTO goals (organisation_id, project_id, name, metric, target, period, starts_on)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id
                """, Long.class, organisation, project, metric + " " + target, metric, target, period, startsOn);
    }

    long cpm(long project, Long campaign, String rate, String cap, Integer windowDays, LocalDate startsOn) {
        return jdbc.queryForObject("""
                INSERT INTO payout_structures (organisation_id, project_id, campaign_id, name, kind, period, starts_on, cpm_rate,
                                               cap_per_post, view_window_days)
                VALUES (?, ?, ?, 'CPM', 'CPM', 'MONTHLY', ?, ?, ?, ?) RETURNING id
                """, Long.class, organisation, project, campaign, startsOn, new BigDecimal(rate), cap == null ? null : new BigDecimal(cap),
                windowDays);
    }

    void tier(long structure, long fromViews, String rate) {
        jdbc.update("INSERT INTO payout_cpm_tiers (organisation_id, structure_id, from_views, cpm_rate) VALUES (?, ?, ?, ?)",
                organisation, structure, fromViews, new BigDecimal(rate));
    }

    long flat(long project, String fee, long minViews, LocalDate startsOn) {
        return jdbc.queryForObject("""
                INSERT INTO payout_structures (organisation_id, project_id, name, kind, period, starts_on, flat_fee, min_views)
                VALUES (?, ?, 'flat', 'FLAT_PER_POST', 'MONTHLY', ?, ?, ?) RETURNING id
                """, Long.class, organisation, project, startsOn, new BigDecimal(fee), minViews);
    }

    long bonus(long project, long goal, String amount, LocalDate startsOn) {
        return jdbc.queryForObject("""
                INSERT INTO payout_structures (organisation_id, project_id, name, kind, period, starts_on, goal_id, bonus_amount)
                VALUES (?, ?, 'bonus', 'GOAL_BONUS', (SELECT period FROM goals WHERE id = ?), ?, ?, ?) RETURNING id
                """, Long.class, organisation, project, goal, startsOn, goal, new BigDecimal(amount));
    }
}
