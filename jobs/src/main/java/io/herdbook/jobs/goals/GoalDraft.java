package io.herdbook.jobs.goals;

import java.time.LocalDate;
import java.util.List;

/**
 * A goal to create, already well-formed (the API checks each field's form and lists what is wrong);
 * {@link GoalCommands#create} checks what only the database knows: the campaign and the creators.
 *
 * @param campaignId null: the goal is the project's; otherwise it is narrowed to that campaign of the project
 * @param creatorIds null: every creator of the project (or campaign), now and later; otherwise only these,
 *                   each of the project (and of the campaign, when one is given)
 */
public record GoalDraft(String name, GoalMetric metric, long target, PeriodKind period, LocalDate startsOn, Long campaignId,
                        List<Long> creatorIds) {

    public GoalDraft {
        creatorIds = creatorIds == null ? null : List.copyOf(creatorIds);
    }
}
