package io.herdbook.scheduler.clock;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the catch-up sweep does for one job after a gap in its schedule.
 *
 * @param run      the one missed period to run now, if it is within the catch-up horizon
 * @param skipped  missed periods to record as skipped, oldest first, each with why
 * @param omitted  missed periods older still, beyond the cap of recorded rows: only counted in the log
 */
public record CatchUpPlan(Optional<Instant> run, List<Skip> skipped, long omitted) {

    public static final CatchUpPlan NOTHING = new CatchUpPlan(Optional.empty(), List.of(), 0);

    /** A missed period that will not run, and why. */
    public record Skip(Instant period, String reason) {
    }

    public boolean isEmpty() {
        return run.isEmpty() && skipped.isEmpty() && omitted == 0;
    }
}
