package io.herdbook.api.exports;

import io.herdbook.jobs.tracking.Sql;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds what a payout export reads straight into its tables — organisations, projects, creators, posts, payout
 * structures, goals with results, payments and accrual lines that satisfy V17's checks — so each test states the
 * exact lines it counts on. {@link #bulkLines} seeds many lines in one statement.
 */
public final class PayoutData {

    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 1_000_000);

    private final JdbcTemplate jdbc;

    public PayoutData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long organisation(String slug) {
        jdbc.update("INSERT INTO organisations (slug, name) VALUES (?, ?) ON CONFLICT (slug) DO NOTHING", slug, slug);
        return jdbc.queryForObject("SELECT id FROM organisations WHERE slug = ?", Long.class, slug);
    }

    public long anOrganisation() {
        return organisation("org-" + UNIQUE.incrementAndGet());
    }

    /** A project in {@code zone} whose slug is {@code slug}. */
    public long project(long organisation, String slug, String zone) {
        return jdbc.queryForObject("INSERT INTO projects (organisation_id, slug, name, time_zone) VALUES (?, ?, 'P', ?) RETURNING id",
                Long.class, organisation, slug, zone);
    }

    public long project(long organisation, String zone) {
        return project(organisation, "p" + UNIQUE.incrementAndGet(), zone);
    }

    public long creator(long organisation, long project, String handle) {
        return jdbc.queryForObject("INSERT INTO creators (organisation_id, project_id, handle) VALUES (?, ?, ?) RETURNING id",
                Long.class, organisation, project, handle);
    }

    /** A post with this platform id, its URL on the platform. */
    public long post(long organisation, long creator, String platformPostId) {
        return jdbc.queryForObject("""
                INSERT INTO posts (organisation_id, creator_id, platform_post_id, kind, url, posted_at, first_seen_at)
                VALUES (?, ?, ?, 'VIDEO', ?, '2026-09-01T00:00:00Z', '2026-09-01T00:00:00Z') RETURNING id
                """, Long.class, organisation, creator, platformPostId, "https://www.tiktok.com/@x/video/" + platformPostId);
    }

    public long post(long organisation, long creator) {
        return post(organisation, creator, Long.toString(7_300_000_000_000_000_000L + UNIQUE.incrementAndGet()));
    }

    /** A CPM structure named {@code name}, 2.50 per 1,000 views. */
    public long cpmStructure(long organisation, long project, String name) {
        return jdbc.queryForObject("""
                INSERT INTO payout_structures (organisation_id, project_id, name, kind, period, starts_on, cpm_rate)
                VALUES (?, ?, ?, 'CPM', 'WEEKLY', '2026-01-05', 2.50) RETURNING id
                """, Long.class, organisation, project, name);
    }

    /** A goal of the project and a bonus structure on it, returning the structure's id and a result of the goal for the creator. */
    public long[] bonus(long organisation, long project, long creator, LocalDate periodStart, ZoneId zone) {
        long goal = jdbc.queryForObject("""
                INSERT INTO goals (organisation_id, project_id, name, metric, target, period, starts_on)
                VALUES (?, ?, 'Five posts', 'POSTS_IN_PERIOD', 5, 'WEEKLY', '2026-01-05') RETURNING id
                """, Long.class, organisation, project);
        long structure = jdbc.queryForObject("""
                INSERT INTO payout_structures (organisation_id, project_id, name, kind, period, starts_on, goal_id, bonus_amount)
                VALUES (?, ?, 'Weekly bonus', 'GOAL_BONUS', 'WEEKLY', '2026-01-05', ?, 50) RETURNING id
                """, Long.class, organisation, project, goal);
        Instant from = periodStart.atStartOfDay(zone).toInstant();
        Instant to = periodStart.plusWeeks(1).atStartOfDay(zone).toInstant();
        long result = jdbc.queryForObject("""
                INSERT INTO goal_results (organisation_id, goal_id, creator_id, period_start, period_from, period_to, metric, target,
                                          actual, met, posts, stats_cutoff, evaluated_at)
                VALUES (?, ?, ?, ?, ?, ?, 'POSTS_IN_PERIOD', 5, 6, true, 6, ?, ?) RETURNING id
                """, Long.class, organisation, goal, creator, periodStart, Sql.utc(from), Sql.utc(to), Sql.utc(to.plusSeconds(172_800)),
                Sql.utc(to.plusSeconds(172_800)));
        return new long[] {structure, result};
    }

    /** A payment to the creator with this reference, paid at {@code paidAt}, through a method of {@code methodKind} with these details. */
    public long payment(long organisation, long creator, String amount, String reference, Instant paidAt, String methodKind, String details) {
        Long method = methodKind == null ? null : jdbc.queryForObject("""
                INSERT INTO payout_methods (organisation_id, creator_id, kind, details) VALUES (?, ?, ?, ?) RETURNING id
                """, Long.class, organisation, creator, methodKind, details);
        return jdbc.queryForObject("""
                INSERT INTO payout_payments (organisation_id, creator_id, method_id, method_kind, method_details, amount, reference, paid_at,
                                             created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """, Long.class, organisation, creator, method, methodKind, methodKind == null ? null : details, new BigDecimal(amount), reference,
                Sql.utc(paidAt), Sql.utc(paidAt));
    }

    /** An accrual line to fill in and {@link Line#insert()}. */
    public Line line(long organisation, long project, long structure, long creator, ZoneId zone) {
        return new Line(organisation, project, structure, creator, zone);
    }

    /** One accrual line; defaults: CPM on a new post, period the week of 2026-09-07, 1,000 views, 2.50 owed, revision 0. */
    public final class Line {
        private final long organisation;
        private final long project;
        private final long structure;
        private final long creator;
        private final ZoneId zone;
        private String kind = "CPM";
        private Long post;
        private Long goalResult;
        private LocalDate periodStart = LocalDate.parse("2026-09-07");
        private Long views = 1000L;
        private Instant snapshotObservedAt = Instant.parse("2026-09-16T05:00:00Z");
        private BigDecimal computed = new BigDecimal("2.50");
        private BigDecimal amount = new BigDecimal("2.50");
        private BigDecimal unfunded = BigDecimal.ZERO;
        private Instant accruedAt = Instant.parse("2026-09-16T06:10:00Z");
        private int revision;
        private Long adjusts;
        private Long payment;
        private String note;

        private Line(long organisation, long project, long structure, long creator, ZoneId zone) {
            this.organisation = organisation;
            this.project = project;
            this.structure = structure;
            this.creator = creator;
            this.zone = zone;
        }

        public Line post(long post) {
            this.post = post;
            return this;
        }

        public Line bonus(long goalResult) {
            this.kind = "BONUS";
            this.goalResult = goalResult;
            this.views = null;
            this.snapshotObservedAt = null;
            return this;
        }

        public Line accruedAt(String instant) {
            this.accruedAt = Instant.parse(instant);
            return this;
        }

        /** computed = amount, nothing unfunded. */
        public Line amount(String amount) {
            return amounts(amount, amount, "0");
        }

        public Line amounts(String computed, String amount, String unfunded) {
            this.computed = new BigDecimal(computed);
            this.amount = new BigDecimal(amount);
            this.unfunded = new BigDecimal(unfunded);
            return this;
        }

        public Line views(long views) {
            this.views = views;
            return this;
        }

        /** An adjusting line of revision {@code revision} to {@code adjusts}, on the same post. */
        public Line adjusting(long adjusts, int revision) {
            this.adjusts = adjusts;
            this.revision = revision;
            return this;
        }

        public Line paidBy(long payment) {
            this.payment = payment;
            return this;
        }

        public Line note(String note) {
            this.note = note;
            return this;
        }

        public long insert() {
            if (post == null && goalResult == null) {
                post = PayoutData.this.post(organisation, creator);
            }
            Instant from = periodStart.atStartOfDay(zone).toInstant();
            Instant to = periodStart.plusWeeks(1).atStartOfDay(zone).toInstant();
            return jdbc.queryForObject("""
                    INSERT INTO payout_accruals (organisation_id, project_id, structure_id, creator_id, kind, post_id, goal_result_id,
                                                 period_start, period_from, period_to, snapshot_observed_at, views, computed_amount,
                                                 amount, unfunded_amount, qualified_at, accrued_at, revision, adjusts_id, payment_id, note)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                    """, Long.class, organisation, project, structure, creator, kind, post, goalResult, periodStart, Sql.utc(from),
                    Sql.utc(to), Sql.utc(snapshotObservedAt), views, computed, amount, unfunded, Sql.utc(from), Sql.utc(accruedAt), revision,
                    adjusts, payment, note);
        }
    }

    /**
     * {@code creators} creators with {@code postsPerCreator} posts each and {@code structures} CPM structures, and one
     * accrual line per post and structure, all in one statement per table: lines = creators × posts × structures.
     * Line n (1-based, in (accrued_at, id) order) accrued at {@code firstAccrual} + n seconds, with views
     * {@link #bulkViews(long)} and amount {@link #bulkAmount(long)}. Returns the number of lines.
     */
    public long bulkLines(long organisation, long project, int creators, int postsPerCreator, int structures, Instant firstAccrual) {
        jdbc.update("""
                INSERT INTO creators (organisation_id, project_id, handle)
                SELECT ?, ?, 'bulk_' || g FROM generate_series(1, ?) AS g
                """, organisation, project, creators);
        jdbc.update("""
                INSERT INTO payout_structures (organisation_id, project_id, name, kind, period, starts_on, cpm_rate)
                SELECT ?, ?, 'CPM ' || g, 'CPM', 'WEEKLY', '2026-01-05', 2.50 FROM generate_series(1, ?) AS g
                """, organisation, project, structures);
        jdbc.update("""
                INSERT INTO posts (organisation_id, creator_id, platform_post_id, kind, url, posted_at, first_seen_at)
                SELECT ?, c.id, (7300000000000000000 + c.id * 1000 + g)::text, 'VIDEO',
                       'https://www.tiktok.com/@' || c.handle || '/video/' || (7300000000000000000 + c.id * 1000 + g),
                       timestamptz '2026-09-01T00:00:00Z', timestamptz '2026-09-01T00:00:00Z'
                  FROM creators c CROSS JOIN generate_series(1, ?) AS g
                 WHERE c.organisation_id = ? AND c.project_id = ?
                """, organisation, postsPerCreator, organisation, project);
        // One line per (post, structure), numbered n = 1.. in the order of the export; amounts derived from n.
        return jdbc.update("""
                WITH lines AS (
                    SELECT p.id AS post_id, p.creator_id, s.id AS structure_id, row_number() OVER (ORDER BY p.id, s.id) AS n
                      FROM posts p JOIN creators c ON c.id = p.creator_id
                      CROSS JOIN payout_structures s
                     WHERE c.organisation_id = ? AND c.project_id = ? AND s.organisation_id = ? AND s.project_id = ?)
                INSERT INTO payout_accruals (organisation_id, project_id, structure_id, creator_id, kind, post_id, period_start,
                                             period_from, period_to, snapshot_observed_at, views, computed_amount, amount,
                                             unfunded_amount, qualified_at, accrued_at, note)
                SELECT ?, ?, structure_id, creator_id, 'CPM', post_id, date '2026-08-31',
                       timestamptz '2026-08-31T05:00:00Z', timestamptz '2026-09-07T05:00:00Z', timestamptz '2026-09-09T05:00:00Z',
                       4 * (250 + n % 2250), (250 + n % 2250) * 0.01, (250 + n % 2250) * 0.01, 0,
                       timestamptz '2026-09-01T00:00:00Z', ? + n * interval '1 second', 'bulk line ' || n
                  FROM lines
                """, organisation, project, organisation, project, organisation, project, Sql.utc(firstAccrual));
    }

    /** The views of bulk line {@code n}: a multiple of 4 from 1,000 to 9,996. */
    public static long bulkViews(long n) {
        return 4 * (250 + n % 2250);
    }

    /** The amount of bulk line {@code n}: its views at 2.50 per 1,000, exact to the cent (views are multiples of 4). */
    public static BigDecimal bulkAmount(long n) {
        return BigDecimal.valueOf(bulkViews(n)).multiply(new BigDecimal("0.0025")).setScale(2);
    }
}
