package io.herdbook.api.payouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.herdbook.jobs.goals.GoalEvaluationJobConfiguration;
import io.herdbook.jobs.payouts.accrual.Adjustment;
import io.herdbook.jobs.payouts.accrual.Reevaluation;
import io.herdbook.scheduler.control.LocalRuns;
import io.herdbook.scheduler.ledger.RunStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * goal-evaluation end to end through the run ledger, Spring Batch and PostgreSQL, over seeded months in
 * America/Chicago. Every amount below is worked out by hand in the comments, from the seeded views.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "herdbook.test.database.name=goal_evaluation")
class GoalEvaluationFunctionalTest {

    private static final String JOB = GoalEvaluationJobConfiguration.JOB_NAME;
    private static final String CHICAGO = "America/Chicago";

    @Autowired LocalRuns runs;
    @Autowired JdbcTemplate jdbc;
    @Autowired Reevaluation reevaluation;

    private PayoutSeed seed;

    @BeforeEach
    void emptyTheBooks() {
        // TRUNCATE, not DELETE: the accrual table refuses deletes row by row, as it should outside a test.
        jdbc.execute("TRUNCATE payout_accruals, goal_result_posts, goal_results, evaluated_periods, payout_cpm_tiers, "
                + "payout_structures, goals, campaign_creators, campaigns CASCADE");
        seed = new PayoutSeed(jdbc, "payouts");
    }

    private void evaluate(String slot) {
        assertThat(runs.run(JOB, Instant.parse(slot)).status()).isEqualTo(RunStatus.COMPLETED);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }

    private List<Map<String, Object>> lines() {
        return jdbc.queryForList("""
                SELECT a.structure_id, a.creator_id, a.kind, a.post_id, a.views, a.computed_amount, a.amount, a.unfunded_amount,
                       a.snapshot_observed_at, a.period_start
                  FROM payout_accruals a ORDER BY a.qualified_at, a.structure_id""");
    }

    /**
     * September 2026 in Chicago is [2026-09-01T05:00Z, 2026-10-01T05:00Z); its 48 h mark is 2026-10-03T05:00Z, and its
     * stats are those observed before that mark.
     */
    @Test
    void aMonthIsEvaluatedOnlyAfterTheMarkExactlyOnceWithHandComputedAccruals() {
        long project = seed.project("month", CHICAGO);
        long ana = seed.creator(project, "ana");
        long ben = seed.creator(project, "ben");
        long a1 = seed.post(ana, Instant.parse("2026-09-03T15:00:00Z"));
        seed.snapshot(a1, Instant.parse("2026-10-02T00:00:00Z"), 150_000, 900);
        seed.snapshot(a1, Instant.parse("2026-10-03T05:00:00Z"), 999_999, 9_999);   // at the mark: too late, ignored
        long a2 = seed.post(ana, Instant.parse("2026-09-20T15:00:00Z"));
        seed.snapshot(a2, Instant.parse("2026-09-25T00:00:00Z"), 40_000, 100);
        long a3 = seed.post(ana, Instant.parse("2026-10-01T04:59:59Z"));             // 23:59:59 on Sept 30 in Chicago: in
        seed.snapshot(a3, Instant.parse("2026-10-02T10:00:00Z"), 10_000, 10);
        long a4 = seed.post(ana, Instant.parse("2026-09-10T15:00:00Z"));             // never measured before the mark
        seed.snapshot(a4, Instant.parse("2026-10-05T00:00:00Z"), 70_000, 70);
        long b1 = seed.post(ben, Instant.parse("2026-10-01T05:00:00Z"));             // midnight Oct 1 in Chicago: out
        seed.snapshot(b1, Instant.parse("2026-10-02T00:00:00Z"), 1_000_000, 1);
        long b2 = seed.post(ben, Instant.parse("2026-09-01T05:00:00Z"));             // midnight Sept 1 in Chicago: in
        seed.snapshot(b2, Instant.parse("2026-09-02T00:00:00Z"), 5_005, 5);

        LocalDate september = LocalDate.parse("2026-09-01");
        long goal = seed.goal(project, "POSTS_IN_PERIOD", 3, "MONTHLY", september);
        long cpm = seed.cpm(project, null, "2.00", "180.00", null, september);
        seed.tier(cpm, 0, "2.00");
        seed.tier(cpm, 100_000, "1.00");
        long flat = seed.flat(project, "25.00", 20_000, september);
        long bonus = seed.bonus(project, goal, "100.00", september);

        evaluate("2026-10-03T04:10:00Z");   // 50 minutes before the mark
        assertThat(count("goal_results")).isZero();
        assertThat(count("payout_accruals")).isZero();

        evaluate("2026-10-03T05:10:00Z");
        evaluate("2026-10-03T05:10:00Z");   // a duplicate trigger of the same slot
        evaluate("2026-10-03T06:10:00Z");   // and the next hour's run

        // ana: a1, a2, a3, a4 went up in September (4 ≥ 3, met); ben: b2 only (1, not met).
        assertThat(jdbc.queryForList("SELECT creator_id, actual, met, posts, period_from, period_to FROM goal_results ORDER BY creator_id"))
                .extracting(r -> r.get("creator_id"), r -> r.get("actual"), r -> r.get("met"), r -> r.get("posts"))
                .containsExactly(tuple(ana, 4L, true, 4L), tuple(ben, 1L, false, 1L));
        assertThat(jdbc.queryForObject("SELECT period_from || ' ' || period_to FROM goal_results LIMIT 1", String.class))
                .isEqualTo("2026-09-01 05:00:00+00 2026-10-01 05:00:00+00");
        // The result cites the snapshot it counted: a1's of Oct 2 (150,000), not the one at the mark.
        assertThat(jdbc.queryForObject("SELECT views FROM goal_result_posts WHERE post_id = ?", Long.class, a1)).isEqualTo(150_000L);
        assertThat(jdbc.queryForObject("SELECT snapshot_observed_at IS NULL FROM goal_result_posts WHERE post_id = ?", Boolean.class, a4)).isTrue();

        // CPM, marginal tiers 2.00 up to 100,000 views then 1.00, capped at 180.00 a post:
        //   a1 150,000: 100 × 2.00 + 50 × 1.00 = 250.00 → cap 180.00;  a2 40,000: 80.00;  a3 10,000: 20.00;
        //   b2 5,005: 5.005 × 2.00 = 10.01;  a4 unmeasured: no line.
        // Flat 25.00 from 20,000 views: a1, a2.   Bonus 100.00: ana met the goal.
        assertThat(lines()).extracting(r -> r.get("structure_id"), r -> r.get("creator_id"), r -> r.get("kind"), r -> r.get("post_id"),
                        r -> r.get("views"), r -> r.get("amount"))
                .containsExactlyInAnyOrder(
                        tuple(cpm, ana, "CPM", a1, 150_000L, new BigDecimal("180.00")),
                        tuple(cpm, ana, "CPM", a2, 40_000L, new BigDecimal("80.00")),
                        tuple(cpm, ana, "CPM", a3, 10_000L, new BigDecimal("20.00")),
                        tuple(cpm, ben, "CPM", b2, 5_005L, new BigDecimal("10.01")),
                        tuple(flat, ana, "FLAT", a1, 150_000L, new BigDecimal("25.00")),
                        tuple(flat, ana, "FLAT", a2, 40_000L, new BigDecimal("25.00")),
                        tuple(bonus, ana, "BONUS", null, null, new BigDecimal("100.00")));
        assertThat(jdbc.queryForObject("SELECT sum(amount) FROM payout_accruals WHERE creator_id = ?", BigDecimal.class, ana))
                .isEqualByComparingTo("430.00");
        assertThat(count("evaluated_periods")).isEqualTo(4);   // the goal and three structures, September each
        // Three slots ran (04:10, 05:10, 06:10), each once: the duplicate 05:10 trigger met its completed ledger row.
        assertThat(jdbc.queryForList("""
                SELECT to_char(period AT TIME ZONE 'UTC', 'HH24:MI') || ' ' || status || ' ' || attempts FROM job_runs
                 WHERE job_name = ? AND period >= '2026-10-03T00:00Z' AND period < '2026-10-04T00:00Z' ORDER BY period""", String.class, JOB))
                .containsExactly("04:10 COMPLETED 1", "05:10 COMPLETED 1", "06:10 COMPLETED 1");
    }

    /**
     * A 7-day view window: views as of 7 days after each post went up, and nothing for a post gone by then. June 2026
     * ends 2026-07-01T05:00Z in Chicago; with the window its mark is 7 days + 48 h later, 2026-07-10T05:00Z.
     */
    @Test
    void aViewWindowCountsViewsAtItsCloseAndPaysNothingForAPostDeletedBeforeIt() {
        long project = seed.project("window", CHICAGO);
        long cleo = seed.creator(project, "cleo");
        long kept = seed.post(cleo, Instant.parse("2026-06-05T12:00:00Z"));     // window closes 2026-06-12T12:00Z
        seed.snapshot(kept, Instant.parse("2026-06-11T00:00:00Z"), 20_000, 0);
        seed.postFetch(kept, Instant.parse("2026-06-11T00:00:00Z"), "DATA");
        seed.snapshot(kept, Instant.parse("2026-06-13T00:00:00Z"), 90_000, 0);  // after the window: not paid
        long deleted = seed.post(cleo, Instant.parse("2026-06-05T12:00:00Z"));
        seed.snapshot(deleted, Instant.parse("2026-06-06T00:00:00Z"), 10_000, 0);
        seed.postFetch(deleted, Instant.parse("2026-06-08T00:00:00Z"), "NOT_FOUND");
        seed.postFetch(deleted, Instant.parse("2026-06-09T00:00:00Z"), "BLOCKED");  // no evidence it came back
        long late = seed.post(cleo, Instant.parse("2026-06-30T12:00:00Z"));     // window closes 2026-07-07T12:00Z
        seed.snapshot(late, Instant.parse("2026-07-07T00:00:00Z"), 3_000, 0);
        long cpm = seed.cpm(project, null, "1.00", null, 7, LocalDate.parse("2026-06-01"));

        evaluate("2026-07-10T04:10:00Z");
        assertThat(count("payout_accruals")).isZero();
        evaluate("2026-07-10T05:10:00Z");

        assertThat(lines()).extracting(r -> r.get("post_id"), r -> r.get("views"), r -> r.get("amount"))
                .containsExactly(tuple(kept, 20_000L, new BigDecimal("20.00")), tuple(late, 3_000L, new BigDecimal("3.00")));
        assertThat(jdbc.queryForObject("SELECT rows_written FROM evaluated_periods WHERE subject_id = ?", Long.class, cpm)).isEqualTo(2L);
    }

    /**
     * A campaign budget of 50.00 over posts that would earn 30 + 15 + 20 + 10 = 75.00 at 1.00 CPM: funded in the order
     * the posts went up until the budget is spent, the rest recorded as unfunded on each line, never dropped.
     */
    @Test
    void aBudgetThatRunsOutMidPeriodPaysExactlyUpToItInQualificationOrderAndReportsTheRest() {
        long project = seed.project("budget", CHICAGO);
        long dev = seed.creator(project, "dev");
        long eli = seed.creator(project, "eli");
        long outsider = seed.creator(project, "outsider");
        long campaign = seed.campaign(project, "spring push", new BigDecimal("50.00"), dev, eli);
        long p1 = seed.post(dev, Instant.parse("2026-04-02T12:00:00Z"));
        seed.snapshot(p1, Instant.parse("2026-04-20T00:00:00Z"), 30_000, 0);
        long p2 = seed.post(eli, Instant.parse("2026-04-03T12:00:00Z"));
        seed.snapshot(p2, Instant.parse("2026-04-20T00:00:00Z"), 15_000, 0);
        long p3 = seed.post(dev, Instant.parse("2026-04-04T12:00:00Z"));
        seed.snapshot(p3, Instant.parse("2026-04-20T00:00:00Z"), 20_000, 0);
        long p4 = seed.post(eli, Instant.parse("2026-04-05T12:00:00Z"));
        seed.snapshot(p4, Instant.parse("2026-04-20T00:00:00Z"), 10_000, 0);
        long notInCampaign = seed.post(outsider, Instant.parse("2026-04-01T12:00:00Z"));
        seed.snapshot(notInCampaign, Instant.parse("2026-04-20T00:00:00Z"), 99_000, 0);
        seed.cpm(project, campaign, "1.00", null, null, LocalDate.parse("2026-04-01"));

        // April in Chicago ends 2026-05-01T05:00Z; its mark is 2026-05-03T05:00Z.
        evaluate("2026-05-03T05:10:00Z");

        assertThat(lines()).extracting(r -> r.get("post_id"), r -> r.get("computed_amount"), r -> r.get("amount"), r -> r.get("unfunded_amount"))
                .containsExactly(
                        tuple(p1, new BigDecimal("30.00"), new BigDecimal("30.00"), new BigDecimal("0.00")),
                        tuple(p2, new BigDecimal("15.00"), new BigDecimal("15.00"), new BigDecimal("0.00")),
                        tuple(p3, new BigDecimal("20.00"), new BigDecimal("5.00"), new BigDecimal("15.00")),
                        tuple(p4, new BigDecimal("10.00"), new BigDecimal("0.00"), new BigDecimal("10.00")));
        assertThat(jdbc.queryForObject("SELECT sum(amount) || ' ' || sum(unfunded_amount) FROM payout_accruals", String.class))
                .isEqualTo("50.00 25.00");
    }

    /**
     * A paid line never changes: when a snapshot before the cutoff turns up later (a reparse), re-evaluating the period
     * writes the difference as a new adjusting line, and the paid line keeps its amount, evidence and payment.
     */
    @Test
    void reEvaluatingNeverAltersAPaidLineAndWritesTheCorrectionAsAnAdjustingLine() {
        long project = seed.project("reeval", "UTC");
        long fay = seed.creator(project, "fay");
        long p1 = seed.post(fay, Instant.parse("2026-02-10T12:00:00Z"));
        seed.snapshot(p1, Instant.parse("2026-02-20T00:00:00Z"), 40_000, 0);
        long p2 = seed.post(fay, Instant.parse("2026-02-11T12:00:00Z"));
        seed.snapshot(p2, Instant.parse("2026-02-20T00:00:00Z"), 10_000, 0);
        long cpm = seed.cpm(project, null, "2.00", null, null, LocalDate.parse("2026-02-01"));
        LocalDate february = LocalDate.parse("2026-02-01");
        assertThatThrownBy(() -> reevaluation.reevaluate(seed.organisation, cpm, february))
                .isInstanceOf(Reevaluation.Refused.class).hasMessageContaining("has not been evaluated yet")
                .hasMessageContaining("2026-03-03T00:00:00Z");

        evaluate("2026-03-03T00:10:00Z");   // February (UTC) ends 2026-03-01; its mark is 2026-03-03T00:00Z
        long line = jdbc.queryForObject("SELECT id FROM payout_accruals WHERE post_id = ?", Long.class, p1);
        long payment = jdbc.queryForObject("""
                INSERT INTO payout_payments (organisation_id, creator_id, amount, reference, paid_at)
                VALUES (?, ?, 80.00, 'WIRE-1', '2026-03-05T00:00Z') RETURNING id""", Long.class, seed.organisation, fay);
        jdbc.update("UPDATE payout_accruals SET payment_id = ? WHERE id = ?", payment, line);
        assertThatThrownBy(() -> jdbc.update("UPDATE payout_accruals SET amount = 1.00 WHERE id = ?", line))
                .hasMessageContaining("is written once");
        assertThatThrownBy(() -> jdbc.update("UPDATE payout_accruals SET payment_id = NULL WHERE id = ?", line))
                .hasMessageContaining("is paid");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM payout_accruals WHERE id = ?", line)).hasMessageContaining("cannot be deleted");

        // A reparse finds p1 had 55,000 views on Feb 28 (before the cutoff), and p2 was never in the period's stats at all.
        seed.snapshot(p1, Instant.parse("2026-02-28T00:00:00Z"), 55_000, 0);
        jdbc.update("UPDATE posts SET tracked = false WHERE id = ?", p2);
        List<Adjustment> adjustments = reevaluation.reevaluate(seed.organisation, cpm, february);

        // p1: 55,000 × 2.00 / 1000 = 110.00, was 80.00 → +30.00;  p2: no longer earns, was 20.00 → −20.00.
        assertThat(adjustments).extracting(Adjustment::postId, Adjustment::revision, Adjustment::amountDelta, Adjustment::adjustsId)
                .containsExactlyInAnyOrder(tuple(p1, 1, new BigDecimal("30.00"), line),
                        tuple(p2, 1, new BigDecimal("-20.00"), jdbc.queryForObject("SELECT id FROM payout_accruals WHERE post_id = ? AND revision = 0", Long.class, p2)));
        assertThat(jdbc.queryForMap("SELECT amount, views, payment_id FROM payout_accruals WHERE id = ?", line))
                .containsEntry("amount", new BigDecimal("80.00")).containsEntry("views", 40_000L).containsEntry("payment_id", payment);
        assertThat(jdbc.queryForObject("SELECT sum(amount) FROM payout_accruals WHERE post_id = ?", BigDecimal.class, p1)).isEqualByComparingTo("110.00");
        assertThat(jdbc.queryForObject("SELECT views FROM payout_accruals WHERE post_id = ? AND revision = 1", Long.class, p1)).isEqualTo(55_000L);
        // Nothing changed since: a second re-evaluation writes nothing.
        assertThat(reevaluation.reevaluate(seed.organisation, cpm, february)).isEmpty();
        assertThat(count("payout_accruals")).isEqualTo(4);
    }

    /**
     * A re-evaluation that lowers one line and finds a post measured only now: the claw-back returns its money to the
     * campaign's budget before the new line is funded from it. Budget 50.00, first funded 30.00 + 20.00.
     */
    @Test
    void aReEvaluationFundsNewLinesFromWhatItsOwnClawBacksFreed() {
        long project = seed.project("reeval-budget", "UTC");
        long gus = seed.creator(project, "gus");
        long campaign = seed.campaign(project, "tight", new BigDecimal("50.00"), gus);
        long p1 = seed.post(gus, Instant.parse("2026-01-05T12:00:00Z"));
        seed.snapshot(p1, Instant.parse("2026-01-10T00:00:00Z"), 30_000, 0);
        long p2 = seed.post(gus, Instant.parse("2026-01-06T12:00:00Z"));
        seed.snapshot(p2, Instant.parse("2026-01-10T00:00:00Z"), 20_000, 0);
        long p3 = seed.post(gus, Instant.parse("2026-01-07T12:00:00Z"));   // no snapshot before the cutoff yet
        long cpm = seed.cpm(project, campaign, "1.00", null, null, LocalDate.parse("2026-01-01"));
        evaluate("2026-02-03T00:10:00Z");   // January (UTC) ends 2026-02-01; its mark is 2026-02-03T00:00Z

        // A reparse: p1 had only 10,000 views before the cutoff (−20.00); p3 had 15,000 (+15.00, a line of its own).
        jdbc.update("DELETE FROM post_stats_snapshots WHERE post_id = ?", p1);
        seed.snapshot(p1, Instant.parse("2026-01-10T00:00:00Z"), 10_000, 0);
        seed.snapshot(p3, Instant.parse("2026-01-20T00:00:00Z"), 15_000, 0);
        List<Adjustment> adjustments = reevaluation.reevaluate(seed.organisation, cpm, LocalDate.parse("2026-01-01"));

        assertThat(adjustments).extracting(Adjustment::postId, Adjustment::revision, Adjustment::amountDelta, Adjustment::unfundedDelta,
                        Adjustment::adjustsId)
                .containsExactly(tuple(p1, 1, new BigDecimal("-20.00"), new BigDecimal("0.00"),
                                jdbc.queryForObject("SELECT id FROM payout_accruals WHERE post_id = ? AND revision = 0", Long.class, p1)),
                        tuple(p3, 0, new BigDecimal("15.00"), new BigDecimal("0.00"), null));
        assertThat(jdbc.queryForObject("SELECT sum(amount) FROM payout_accruals WHERE structure_id = ?", BigDecimal.class, cpm))
                .isEqualByComparingTo("45.00");
    }

    /**
     * A snapshot held as suspect is no evidence: goals and payouts measure the post by its last good snapshot before the
     * cutoff. November 2026 in Chicago ends 2026-12-01T06:00Z (CST); its mark is 2026-12-03T06:00Z.
     */
    @Test
    void aSuspectSnapshotIsNeverMeasuredForGoalsOrMoney() {
        long project = seed.project("suspect", CHICAGO);
        long dana = seed.creator(project, "dana");
        long held = seed.post(dana, Instant.parse("2026-11-10T15:00:00Z"));
        seed.snapshot(held, Instant.parse("2026-11-20T00:00:00Z"), 60_000, 600);
        seed.suspectSnapshot(held, Instant.parse("2026-11-25T00:00:00Z"), 1_000, 6);       // newer, but held
        long onlySuspect = seed.post(dana, Instant.parse("2026-11-12T15:00:00Z"));
        seed.suspectSnapshot(onlySuspect, Instant.parse("2026-11-20T00:00:00Z"), 500_000, 5_000);
        LocalDate november = LocalDate.parse("2026-11-01");
        long goal = seed.goal(project, "TOTAL_VIEWS", 50_000, "MONTHLY", november);
        long cpm = seed.cpm(project, null, "1.00", null, null, november);

        evaluate("2026-12-03T06:10:00Z");

        // The goal counts 60,000 (held's good snapshot) + 0 (onlySuspect: unmeasured), met; each post cites what it counted.
        assertThat(jdbc.queryForList("SELECT actual, met FROM goal_results WHERE goal_id = ?", goal))
                .extracting(r -> r.get("actual"), r -> r.get("met")).containsExactly(tuple(60_000L, true));
        assertThat(jdbc.queryForList("""
                SELECT post_id, views, snapshot_observed_at FROM goal_result_posts gp JOIN goal_results g ON g.id = gp.goal_result_id
                 WHERE g.goal_id = ? ORDER BY post_id""", goal))
                .extracting(r -> r.get("post_id"), r -> r.get("views"), r -> r.get("snapshot_observed_at") == null ? null
                        : ((java.sql.Timestamp) r.get("snapshot_observed_at")).toInstant())
                .containsExactly(tuple(held, 60_000L, Instant.parse("2026-11-20T00:00:00Z")), tuple(onlySuspect, 0L, null));
        // CPM 1.00: 60 × 1.00 for held; nothing for a post measured only by a suspect snapshot.
        assertThat(lines()).extracting(r -> r.get("structure_id"), r -> r.get("post_id"), r -> r.get("views"), r -> r.get("amount"))
                .containsExactly(tuple(cpm, held, 60_000L, new BigDecimal("60.00")));
    }
}
