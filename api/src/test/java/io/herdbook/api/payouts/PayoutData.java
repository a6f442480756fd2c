package io.herdbook.api.payouts;

import io.herdbook.jobs.tracking.Sql;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds the tables goal-evaluation would fill, straight in SQL, so each test states exactly the rows it counts on:
 * organisations, projects, creators, posts, goals and goal results, payout structures and accrual lines that
 * satisfy V17's checks (amount + unfunded = computed on original lines; a bonus line has a goal result and no post).
 */
public final class PayoutData {

    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 1_000_000);

    private final JdbcTemplate jdbc;

    public PayoutData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisation the payout tests' keys are for, so the one the API serves them. */
    public long apiOrganisation() {
        return organisation(PayoutTestContext.ORGANISATION);
    }

    /** A new organisation of its own (another tenant). */
    public long anotherOrganisation() {
        return organisation("other-" + UNIQUE.incrementAndGet());
    }

    private long organisation(String slug) {
        jdbc.update("INSERT INTO organisations (slug, name) VALUES (?, ?) ON CONFLICT (slug) DO NOTHING", slug, slug);
        return jdbc.queryForObject("SELECT id FROM organisations WHERE slug = ?", Long.class, slug);
    }

    public long project(long organisation, String zone) {
        return jdbc.queryForObject("INSERT INTO projects (organisation_id, slug, name, time_zone) VALUES (?, ?, 'P', ?) RETURNING id",
                Long.class, organisation, "p" + UNIQUE.incrementAndGet(), zone);
    }

    public long creator(long organisation, long project) {
        return jdbc.queryForObject("INSERT INTO creators (organisation_id, project_id, handle) VALUES (?, ?, ?) RETURNING id",
                Long.class, organisation, project, "c" + UNIQUE.incrementAndGet());
    }

    public long post(long organisation, long creator) {
        long id = UNIQUE.incrementAndGet();
        return jdbc.queryForObject("""
                INSERT INTO posts (organisation_id, creator_id, platform_post_id, kind, url, posted_at, first_seen_at)
                VALUES (?, ?, ?, 'VIDEO', ?, '2026-03-02T10:00:00Z', '2026-03-02T10:00:00Z') RETURNING id
                """, Long.class, organisation, creator, Long.toString(id), postUrl(id));
    }

    public String url(long post) {
        return jdbc.queryForObject("SELECT url FROM posts WHERE id = ?", String.class, post);
    }

    public long campaign(long organisation, long project, String budget) {
        return jdbc.queryForObject("INSERT INTO campaigns (organisation_id, project_id, name, budget) VALUES (?, ?, 'Spring', ?::numeric) RETURNING id",
                Long.class, organisation, project, budget);
    }

    public long goal(long organisation, long project, String period) {
        return jdbc.queryForObject("""
                INSERT INTO goals (organisation_id, project_id, name, metric, target, period, starts_on)
                VALUES (?, ?, 'Four posts', 'POSTS_IN_PERIOD', 4, ?, '2026-03-01') RETURNING id""", Long.class, organisation, project, period);
    }

    public long goalResult(long organisation, long goal, long creator) {
        return jdbc.queryForObject("""
                INSERT INTO goal_results (organisation_id, goal_id, creator_id, period_start, period_from, period_to, metric, target,
                                          actual, met, posts, stats_cutoff, evaluated_at)
                VALUES (?, ?, ?, '2026-03-01', '2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z', 'POSTS_IN_PERIOD', 4, 5, true, 5,
                        '2026-04-03T00:00:00Z', '2026-04-03T01:10:00Z') RETURNING id""", Long.class, organisation, goal, creator);
    }

    /** A monthly CPM structure at 2.00 per 1,000 views, optionally of a campaign. */
    public long cpmStructure(long organisation, long project, Long campaign) {
        return jdbc.queryForObject("""
                INSERT INTO payout_structures (organisation_id, project_id, campaign_id, name, kind, period, starts_on, cpm_rate)
                VALUES (?, ?, ?, 'CPM', 'CPM', 'MONTHLY', '2026-03-01', 2.00) RETURNING id""", Long.class, organisation, project, campaign);
    }

    public long bonusStructure(long organisation, long project, long goal) {
        return jdbc.queryForObject("""
                INSERT INTO payout_structures (organisation_id, project_id, name, kind, period, starts_on, goal_id, bonus_amount)
                VALUES (?, ?, 'Bonus', 'GOAL_BONUS', 'MONTHLY', '2026-03-01', ?, 50.00) RETURNING id""", Long.class, organisation, project, goal);
    }

    /** An original CPM line for the post in March 2026 (UTC), accrued at {@code accruedAt}: amount + unfunded = computed. */
    public long cpmLine(long organisation, long project, long structure, long creator, long post, long views, String amount,
                        String unfunded, Instant accruedAt) {
        return jdbc.queryForObject("""
                INSERT INTO payout_accruals (organisation_id, project_id, structure_id, creator_id, kind, post_id, period_start, period_from,
                                             period_to, snapshot_observed_at, views, computed_amount, amount, unfunded_amount,
                                             qualified_at, accrued_at)
                VALUES (?, ?, ?, ?, 'CPM', ?, '2026-03-01', '2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z', '2026-04-02T23:45:00Z', ?,
                        ?::numeric + ?::numeric, ?::numeric, ?::numeric, '2026-03-02T10:00:00Z', ?) RETURNING id""", Long.class,
                organisation, project, structure, creator, post, views, amount, unfunded, amount, unfunded, Sql.utc(accruedAt));
    }

    /** An adjusting line (revision 1) of {@code adjusted}: the difference, with a note. */
    public long adjustment(long organisation, long project, long structure, long creator, long post, long adjusted, String difference,
                           Instant accruedAt) {
        return jdbc.queryForObject("""
                INSERT INTO payout_accruals (organisation_id, project_id, structure_id, creator_id, kind, post_id, period_start, period_from,
                                             period_to, snapshot_observed_at, views, computed_amount, amount, qualified_at, accrued_at,
                                             revision, adjusts_id, note)
                VALUES (?, ?, ?, ?, 'CPM', ?, '2026-03-01', '2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z', '2026-04-02T23:45:00Z', 1000,
                        ?::numeric, ?::numeric, '2026-03-02T10:00:00Z', ?, 1, ?, 'late snapshot') RETURNING id""", Long.class,
                organisation, project, structure, creator, post, difference, difference, Sql.utc(accruedAt), adjusted);
    }

    public long bonusLine(long organisation, long project, long structure, long creator, long goalResult, String amount, Instant accruedAt) {
        return jdbc.queryForObject("""
                INSERT INTO payout_accruals (organisation_id, project_id, structure_id, creator_id, kind, goal_result_id, period_start,
                                             period_from, period_to, computed_amount, amount, qualified_at, accrued_at)
                VALUES (?, ?, ?, ?, 'BONUS', ?, '2026-03-01', '2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z', ?::numeric, ?::numeric,
                        '2026-04-01T00:00:00Z', ?) RETURNING id""", Long.class,
                organisation, project, structure, creator, goalResult, amount, amount, Sql.utc(accruedAt));
    }

    private static String postUrl(long id) {
        return "https://www.tiktok.com/@someone/video/" + id;
    }
}
