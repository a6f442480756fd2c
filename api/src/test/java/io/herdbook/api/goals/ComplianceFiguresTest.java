package io.herdbook.api.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.herdbook.reports.compliance.ComplianceAdvisory;
import io.herdbook.reports.compliance.ComplianceReport;
import io.herdbook.reports.compliance.CreatorCompliance;
import io.herdbook.reports.compliance.GoalCompliance;
import io.herdbook.reports.compliance.GoalComplianceReports;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each metric's exact value over a week that crosses a DST change, in a non-UTC zone: in America/Chicago the week
 * 2026-03-02..2026-03-08 ends on the Sunday clocks go forward, so its window is [2026-03-02T06:00Z, 2026-03-09T05:00Z),
 * 167 hours (CST, UTC-6, at its start; CDT, UTC-5, at its end). And stored results are preferred over live figures.
 */
@GoalTestContext
class ComplianceFiguresTest {

    private static final Instant FROM = Instant.parse("2026-03-02T06:00:00Z");
    private static final Instant TO = Instant.parse("2026-03-09T05:00:00Z");
    /** Closed 31 h ago: live figures use the stats observed before now. */
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final LocalDate SUNDAY = LocalDate.parse("2026-03-08");

    @Autowired GoalComplianceReports reports;
    @Autowired JdbcTemplate jdbc;

    GoalData data;
    long organisation;
    long project;
    long counted;
    long idle;
    long first;
    long last;

    /**
     * Creator "counted": a post at the window's first instant (300 views, 30 likes before the cutoff; 9999 at it), one
     * in its last second (70 views, 7 likes before the cutoff; 50 and 5 earlier), and posts that do not count: one a
     * second before the window, one at its end (excluded), one untracked. Creator "idle" has no post in the week.
     */
    @BeforeEach
    void aChicagoProjectWithPostsAroundTheWindow() {
        data = new GoalData(jdbc);
        organisation = data.anOrganisation();
        project = data.project(organisation, "America/Chicago");
        counted = data.creator(organisation, project, "counted");
        idle = data.creator(organisation, project, "idle");
        first = data.post(organisation, counted, "2026-03-02T06:00:00Z");
        data.snapshot(organisation, first, "2026-03-03T00:00:00Z", 100, 10);
        data.snapshot(organisation, first, "2026-03-04T00:00:00Z", 300, 30);
        data.snapshot(organisation, first, "2026-03-10T12:00:00Z", 9_999, 999);    // observed at the cutoff: not before it
        last = data.post(organisation, counted, "2026-03-09T04:59:59Z");
        data.snapshot(organisation, last, "2026-03-09T06:00:00Z", 50, 5);
        data.snapshot(organisation, last, "2026-03-10T11:59:59Z", 70, 7);
        long before = data.post(organisation, counted, "2026-03-02T05:59:59Z");
        data.snapshot(organisation, before, "2026-03-03T00:00:00Z", 1_000_000, 100_000);
        long atEnd = data.post(organisation, counted, "2026-03-09T05:00:00Z");
        data.snapshot(organisation, atEnd, "2026-03-10T00:00:00Z", 2_000_000, 200_000);
        long untracked = data.post(organisation, counted, "2026-03-05T12:00:00Z", false);
        data.snapshot(organisation, untracked, "2026-03-06T00:00:00Z", 3_000_000, 300_000);
        long idlesOld = data.post(organisation, idle, "2026-02-20T12:00:00Z");
        data.snapshot(organisation, idlesOld, "2026-03-10T11:00:00Z", 5, 1);
        GoalTestContext.CLOCK.set(NOW);
    }

    private List<GoalCompliance> report(LocalDate day) {
        ComplianceReport report = reports.report(organisation, project, day).orElseThrow();
        return report.goals();
    }

    @Test
    void theWeekContainingTheDstChangeIsAHundredAndSixtySevenHourWindowFromLocalMidnights() {
        data.goal(organisation, project, "POSTS_IN_PERIOD", 2, "WEEKLY", "2026-03-01");

        GoalCompliance goal = report(SUNDAY).getFirst();

        assertThat(goal.period().start()).isEqualTo(LocalDate.parse("2026-03-02"));
        assertThat(goal.period().endDate()).isEqualTo(LocalDate.parse("2026-03-09"));
        assertThat(goal.period().from()).isEqualTo(FROM);
        assertThat(goal.period().to()).isEqualTo(TO);
        assertThat(Duration.between(goal.period().from(), goal.period().to())).isEqualTo(Duration.ofHours(167));
    }

    @Test
    void eachMetricCountsThePostsInTheHalfOpenWindowByTheirLatestSnapshotBeforeTheCutoff() {
        long posts = data.goal(organisation, project, "POSTS_IN_PERIOD", 2, "WEEKLY", "2026-03-01");
        long minViews = data.goal(organisation, project, "MIN_VIEWS_PER_POST", 71, "WEEKLY", "2026-03-01");
        long totalViews = data.goal(organisation, project, "TOTAL_VIEWS", 370, "WEEKLY", "2026-03-01");
        long likes = data.goal(organisation, project, "LIKES_RECEIVED", 38, "WEEKLY", "2026-03-01");

        List<GoalCompliance> goals = report(SUNDAY);

        assertThat(goals).extracting(g -> g.goal().id()).containsExactly(posts, minViews, totalViews, likes);
        assertThat(goals).extracting(g -> g.creators().getFirst()).extracting(CreatorCompliance::handle, CreatorCompliance::actual,
                CreatorCompliance::target, CreatorCompliance::met, CreatorCompliance::posts).containsExactly(
                tuple("counted", 2L, 2L, true, 2L),
                tuple("counted", 70L, 71L, false, 2L),
                tuple("counted", 370L, 370L, true, 2L),
                tuple("counted", 37L, 38L, false, 2L));
        assertThat(goals).extracting(g -> g.creators().get(1)).extracting(CreatorCompliance::handle, CreatorCompliance::actual,
                CreatorCompliance::met, CreatorCompliance::posts).containsExactly(
                tuple("idle", 0L, false, 0L),
                tuple("idle", null, false, 0L),
                tuple("idle", 0L, false, 0L),
                tuple("idle", 0L, false, 0L));
        CreatorCompliance live = goals.getFirst().creators().getFirst();
        assertThat(live.finalResult()).isFalse();
        assertThat(live.evaluatedAt()).isNull();
        assertThat(live.statsCutoff()).isEqualTo(NOW);
        assertThat(live.advisories()).containsExactly(ComplianceAdvisory.PERIOD_CLOSED_RECENTLY);
    }

    @Test
    void pastTheFortyEightHourMarkLiveFiguresUseOnlyTheStatsObservedBeforeIt() {
        long totalViews = data.goal(organisation, project, "TOTAL_VIEWS", 1, "WEEKLY", "2026-03-01");
        data.snapshot(organisation, last, "2026-03-11T04:59:59Z", 80, 8);          // before end + 48 h: counts
        data.snapshot(organisation, last, "2026-03-11T05:00:00Z", 90, 9);          // at the mark: does not
        GoalTestContext.CLOCK.set(Instant.parse("2026-03-12T00:00:00Z"));

        GoalCompliance goal = report(SUNDAY).getFirst();

        CreatorCompliance live = goal.creators().getFirst();
        assertThat(goal.goal().id()).isEqualTo(totalViews);
        assertThat(live.statsCutoff()).isEqualTo(Instant.parse("2026-03-11T05:00:00Z"));
        assertThat(live.actual()).isEqualTo(9_999L + 80L);
        assertThat(live.finalResult()).isFalse();
        assertThat(live.advisories()).containsExactly(ComplianceAdvisory.AWAITING_EVALUATION);
        assertThat(goal.finalResult()).isFalse();
    }

    @Test
    void aPeriodWithStoredResultsReportsThemAndNeverRecomputes() {
        long goal = data.goal(organisation, project, "TOTAL_VIEWS", 370, "WEEKLY", "2026-03-01");
        long removed = data.creator(organisation, project, "left-since");
        data.result(organisation, goal, counted, "2026-03-02", FROM.toString(), TO.toString(), 12_345L, true, 9, "2026-03-11T05:10:00Z");
        data.result(organisation, goal, idle, "2026-03-02", FROM.toString(), TO.toString(), 0L, false, 0, "2026-03-11T05:10:00Z");
        data.result(organisation, goal, removed, "2026-03-02", FROM.toString(), TO.toString(), 400L, true, 1, "2026-03-11T05:10:00Z");
        jdbc.update("UPDATE goals SET all_creators = false WHERE id = ?", goal);
        jdbc.update("INSERT INTO goal_creators (organisation_id, goal_id, creator_id) VALUES (?, ?, ?), (?, ?, ?)",
                organisation, goal, counted, organisation, goal, idle);
        GoalTestContext.CLOCK.set(Instant.parse("2026-03-12T00:00:00Z"));

        GoalCompliance stored = report(SUNDAY).getFirst();

        assertThat(stored.finalResult()).isTrue();
        assertThat(stored.creators()).extracting(CreatorCompliance::handle, CreatorCompliance::actual, CreatorCompliance::met,
                CreatorCompliance::posts, CreatorCompliance::finalResult, CreatorCompliance::evaluatedAt, CreatorCompliance::statsCutoff)
                .containsExactly(
                        tuple("counted", 12_345L, true, 9L, true, Instant.parse("2026-03-11T05:10:00Z"), Instant.parse("2026-03-11T05:00:00Z")),
                        tuple("idle", 0L, false, 0L, true, Instant.parse("2026-03-11T05:10:00Z"), Instant.parse("2026-03-11T05:00:00Z")),
                        tuple("left-since", 400L, true, 1L, true, Instant.parse("2026-03-11T05:10:00Z"), Instant.parse("2026-03-11T05:00:00Z")));
        assertThat(stored.creators()).allSatisfy(c -> assertThat(c.advisories()).isEmpty());
    }

    @Test
    void aCreatorWithoutAStoredResultInAnEvaluatedPeriodIsMeasuredLive() {
        long goal = data.goal(organisation, project, "TOTAL_VIEWS", 370, "WEEKLY", "2026-03-01");
        data.result(organisation, goal, idle, "2026-03-02", FROM.toString(), TO.toString(), 0L, false, 0, "2026-03-11T05:10:00Z");

        GoalCompliance mixed = report(SUNDAY).getFirst();

        assertThat(mixed.finalResult()).isFalse();
        assertThat(mixed.creators()).extracting(CreatorCompliance::handle, CreatorCompliance::actual, CreatorCompliance::finalResult)
                .containsExactly(tuple("counted", 370L, false), tuple("idle", 0L, true));
    }
}
