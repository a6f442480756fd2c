package io.herdbook.scheduler.clock;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.scheduler.catalogue.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The catch-up rule after downtime: one run of the latest missed period, never a burst; the horizon. */
class CatchUpPlannerTest {

    private static final Duration GRACE = Duration.ofSeconds(60);
    private static final Schedule HOURLY = new Schedule("discovery", "0 0 * * * ?", Duration.ofHours(6));
    private static final Schedule DAILY = new Schedule("daily-digest", "0 30 14 * * ?", Duration.ofHours(6));

    @Test
    void fiveMissedHourlyPeriodsRunOnceAndTheOtherFourAreRecordedAsSkipped() {
        CatchUpPlan plan = CatchUpPlanner.plan(HOURLY, Optional.of(Instant.parse("2026-12-04T03:00:00Z")), Optional.empty(),
                Instant.parse("2026-12-04T08:20:00Z"), GRACE, 1000);

        assertThat(plan.run()).contains(Instant.parse("2026-12-04T08:00:00Z"));
        assertThat(plan.skipped()).extracting(CatchUpPlan.Skip::period).containsExactly(
                Instant.parse("2026-12-04T04:00:00Z"), Instant.parse("2026-12-04T05:00:00Z"),
                Instant.parse("2026-12-04T06:00:00Z"), Instant.parse("2026-12-04T07:00:00Z"));
        assertThat(plan.skipped()).allSatisfy(skip -> assertThat(skip.reason()).contains("superseded by the catch-up run of 2026-12-04T08:00:00Z"));
    }

    @Test
    void aMissedPeriodOlderThanTheHorizonIsSkippedNotRun() {
        // The digest of 14:30 yesterday was missed; the scheduler is back 18.5 h later, past the 6 h horizon.
        CatchUpPlan plan = CatchUpPlanner.plan(DAILY, Optional.of(Instant.parse("2026-12-02T14:30:00Z")), Optional.empty(),
                Instant.parse("2026-12-04T09:00:00Z"), GRACE, 1000);

        assertThat(plan.run()).isEmpty();
        assertThat(plan.skipped()).extracting(CatchUpPlan.Skip::period).containsExactly(Instant.parse("2026-12-03T14:30:00Z"));
        assertThat(plan.skipped().getFirst().reason()).contains("older than the catch-up horizon PT6H");
    }

    @Test
    void aMissedPeriodJustInsideTheHorizonStillRuns() {
        CatchUpPlan plan = CatchUpPlanner.plan(DAILY, Optional.of(Instant.parse("2026-12-02T14:30:00Z")), Optional.empty(),
                Instant.parse("2026-12-03T20:30:00Z"), GRACE, 1000);

        assertThat(plan.run()).contains(Instant.parse("2026-12-03T14:30:00Z"));
        assertThat(plan.skipped()).isEmpty();
    }

    @Test
    void nothingIsMissedWhileQuartzIsOnTimeOrWithinItsGrace() {
        Optional<Instant> last = Optional.of(Instant.parse("2026-12-04T08:00:00Z"));
        assertThat(CatchUpPlanner.plan(HOURLY, last, Optional.empty(), Instant.parse("2026-12-04T08:59:00Z"), GRACE, 1000).isEmpty()).isTrue();
        // 09:00 is due, but Quartz has a minute to fire it itself before the sweep claims it.
        assertThat(CatchUpPlanner.plan(HOURLY, last, Optional.empty(), Instant.parse("2026-12-04T09:00:30Z"), GRACE, 1000).isEmpty()).isTrue();
        assertThat(CatchUpPlanner.plan(HOURLY, last, Optional.empty(), Instant.parse("2026-12-04T09:01:30Z"), GRACE, 1000).run())
                .contains(Instant.parse("2026-12-04T09:00:00Z"));
    }

    @Test
    void aJobTheLedgerHasNeverSeenMissedNothing() {
        assertThat(CatchUpPlanner.plan(HOURLY, Optional.empty(), Optional.empty(), Instant.parse("2026-12-04T08:20:00Z"), GRACE, 1000).isEmpty())
                .isTrue();
    }

    @Test
    void periodsWhileAnOperatorHadThePauseOnAreNeitherRunNorRecorded() {
        CatchUpPlan plan = CatchUpPlanner.plan(HOURLY, Optional.of(Instant.parse("2026-12-04T01:00:00Z")),
                Optional.of(Instant.parse("2026-12-04T07:30:00Z")), Instant.parse("2026-12-04T08:20:00Z"), GRACE, 1000);

        assertThat(plan.run()).contains(Instant.parse("2026-12-04T08:00:00Z"));
        assertThat(plan.skipped()).isEmpty();
    }

    @Test
    void aLongOutageRecordsOnlyTheNewestMissedPeriodsOneByOneAndCountsTheRest() {
        Schedule quarterHourly = new Schedule("stats-refresh", "0 0/15 * * * ?", Duration.ofHours(6));
        CatchUpPlan plan = CatchUpPlanner.plan(quarterHourly, Optional.of(Instant.parse("2026-11-27T08:00:00Z")), Optional.empty(),
                Instant.parse("2026-12-04T08:05:00Z"), GRACE, 100);

        assertThat(plan.run()).contains(Instant.parse("2026-12-04T08:00:00Z"));
        assertThat(plan.skipped()).hasSize(100);
        assertThat(plan.skipped().getLast().period()).isEqualTo("2026-12-04T07:45:00Z");
        // A week of quarter hours is 672 periods: one runs, 100 are recorded, 571 are counted.
        assertThat(plan.omitted()).isEqualTo(571);
    }
}
