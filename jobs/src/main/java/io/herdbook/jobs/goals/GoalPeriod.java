package io.herdbook.jobs.goals;

/** One goal's period to evaluate: goal-evaluation's item in its first step. */
public record GoalPeriod(Goal goal, Period period) {

    @Override
    public String toString() {
        return "goal " + goal.id() + " " + period;
    }
}
