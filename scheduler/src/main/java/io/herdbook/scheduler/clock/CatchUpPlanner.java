package io.herdbook.scheduler.clock;

import io.herdbook.scheduler.catalogue.Schedule;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The catch-up rule after downtime, as a pure function of the ledger and the time.
 *
 * <p>The periods a job missed are those after the last one the ledger knows (or after the schedule
 * was resumed, if later) up to the latest period that is due, where "due" leaves Quartz a grace
 * to fire on time by itself. Of the missed periods only the <em>latest</em> runs, once — a job that
 * missed five hourly discoveries runs one discovery, not a burst of five — and only if it is
 * within the schedule's catch-up horizon; every other missed period is recorded as skipped, with
 * why, so the ledger still has a row for every period. A job the ledger has never seen missed
 * nothing: a fresh install starts at its next period.
 */
public final class CatchUpPlanner {

    private CatchUpPlanner() {
    }

    /**
     * @param lastRecorded the latest period in the ledger for this job, if any
     * @param resumedAt    when an operator last resumed the schedule, if ever
     * @param now          the time now
     * @param grace        how late a Quartz fire may be before the sweep takes over its period
     * @param maxSkipped   how many missed periods to record one by one
     */
    public static CatchUpPlan plan(Schedule schedule, Optional<Instant> lastRecorded, Optional<Instant> resumedAt,
                                   Instant now, Duration grace, int maxSkipped) {
        if (lastRecorded.isEmpty()) {
            return CatchUpPlan.NOTHING;
        }
        Instant floor = resumedAt.filter(resumed -> resumed.isAfter(lastRecorded.get())).orElse(lastRecorded.get());
        Instant due = schedule.latestPeriodAtOrBefore(now.minus(grace));
        if (due == null || !due.isAfter(floor)) {
            return CatchUpPlan.NOTHING;
        }
        boolean withinHorizon = !Duration.between(due, now).minus(schedule.catchUpHorizon()).isPositive();
        // Walk the missed periods before the due one, keeping only the newest maxSkipped.
        Deque<Instant> earlier = new ArrayDeque<>();
        long omitted = 0;
        for (Instant period = schedule.periodAfter(floor); period != null && period.isBefore(due); period = schedule.periodAfter(period)) {
            earlier.addLast(period);
            if (earlier.size() > maxSkipped) {
                earlier.removeFirst();
                omitted++;
            }
        }
        List<CatchUpPlan.Skip> skipped = new ArrayList<>();
        String superseded = withinHorizon
                ? "missed while no scheduler ran; superseded by the catch-up run of " + due
                : "missed while no scheduler ran; older than the catch-up horizon " + schedule.catchUpHorizon();
        earlier.forEach(period -> skipped.add(new CatchUpPlan.Skip(period, superseded)));
        if (!withinHorizon) {
            skipped.add(new CatchUpPlan.Skip(due, "missed while no scheduler ran; older than the catch-up horizon "
                    + schedule.catchUpHorizon() + " when a scheduler came back at " + now));
        }
        return new CatchUpPlan(withinHorizon ? Optional.of(due) : Optional.empty(), List.copyOf(skipped), omitted);
    }
}
