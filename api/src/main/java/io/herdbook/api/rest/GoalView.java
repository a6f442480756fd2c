package io.herdbook.api.rest;

import io.herdbook.jobs.goals.Goal;
import io.herdbook.jobs.goals.GoalMetric;
import io.herdbook.jobs.goals.PeriodKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A goal as the API shows it (field names in snake_case, like every body of the API).
 *
 * @param campaignId  null: the project's goal
 * @param allCreators true: covers every creator of the project (or campaign), now and later; false: only those listed
 * @param creators    the creators it covers now, in id order
 * @param archivedAt  null while the goal is evaluated
 */
record GoalView(long id, long projectId, Long campaignId, String name, GoalMetric metric, long target, PeriodKind period,
                LocalDate startsOn, boolean allCreators, List<CreatorRef> creators, Instant archivedAt) {

    /** A creator the goal covers. */
    record CreatorRef(long id, String handle) {
    }

    static GoalView of(Goal goal, Map<Long, String> creators) {
        return new GoalView(goal.id(), goal.projectId(), goal.campaignId(), goal.name(), goal.metric(), goal.target(), goal.period(),
                goal.startsOn(), goal.allCreators(), creators.entrySet().stream().map(e -> new CreatorRef(e.getKey(), e.getValue())).toList(),
                goal.archivedAt());
    }
}
