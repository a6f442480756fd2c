package io.herdbook.jobs.goals;

import java.util.List;

/** One creator's outcome for a goal's period, with the measured posts it was computed from. */
public record CreatorGoalResult(long creatorId, GoalOutcome outcome, List<PostMeasure> posts) {
}
