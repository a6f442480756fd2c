package io.herdbook.jobs.goals;

import java.time.Instant;
import java.util.List;

/** Every covered creator's result for one goal's period, measured by the stats observed before {@code statsCutoff}. */
public record GoalPeriodResults(GoalPeriod item, Instant statsCutoff, List<CreatorGoalResult> creators) {
}
