package io.herdbook.reports.compliance;

/**
 * Counts of one goal's creators in a period (or of every goal's, for the totals): met and not met add up to
 * {@code creators}; {@code withAdvisories} counts those with at least one advisory, met or not.
 */
public record GoalTally(long creators, long met, long notMet, long withAdvisories) {

    static GoalTally of(GoalCompliance goal) {
        long met = goal.creators().stream().filter(CreatorCompliance::met).count();
        long advised = goal.creators().stream().filter(c -> !c.advisories().isEmpty()).count();
        return new GoalTally(goal.creators().size(), met, goal.creators().size() - met, advised);
    }

    GoalTally plus(GoalTally other) {
        return new GoalTally(creators + other.creators, met + other.met, notMet + other.notMet, withAdvisories + other.withAdvisories);
    }
}
