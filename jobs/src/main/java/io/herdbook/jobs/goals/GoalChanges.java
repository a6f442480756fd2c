package io.herdbook.jobs.goals;

import java.time.LocalDate;

/**
 * What a PATCH of a goal asks to change; null leaves a field as it is. The name may always change; the terms
 * (metric, target, period, start) only while no result was evaluated by them, see {@link GoalCommands#change}.
 */
public record GoalChanges(String name, GoalMetric metric, Long target, PeriodKind period, LocalDate startsOn) {

    /** Whether applying these changes to {@code goal} would alter the terms its results are judged by. */
    boolean altersTermsOf(Goal goal) {
        return (metric != null && metric != goal.metric())
                || (target != null && target != goal.target())
                || (period != null && period != goal.period())
                || (startsOn != null && !startsOn.equals(goal.startsOn()));
    }
}
