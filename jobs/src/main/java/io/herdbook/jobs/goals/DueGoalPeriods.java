package io.herdbook.jobs.goals;

import io.herdbook.jobs.goals.EvaluatedPeriods.Subject;
import io.herdbook.jobs.partition.StepNotes;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * goal-evaluation's first reader: every (goal, period) whose mark passed by the run's slot, within the lookback,
 * and not evaluated yet, goals in id order and periods oldest first. The list is taken when the step first reads;
 * a restarted step takes it again and finds the periods done before the crash already recorded, so it resumes
 * where it stopped without any state of its own.
 */
public class DueGoalPeriods implements ItemReader<GoalPeriod> {

    private final GoalStore goals;
    private final EvaluatedPeriods evaluated;
    private final Instant slot;
    private final Duration lookback;
    private Iterator<GoalPeriod> due;

    public DueGoalPeriods(GoalStore goals, EvaluatedPeriods evaluated, Instant slot, Duration lookback) {
        this.goals = goals;
        this.evaluated = evaluated;
        this.slot = slot;
        this.lookback = lookback;
    }

    @Override
    public GoalPeriod read() {
        if (due == null) {
            List<GoalPeriod> all = list();
            StepNotes.total(all.size());
            due = all.iterator();
        }
        return due.hasNext() ? due.next() : null;
    }

    private List<GoalPeriod> list() {
        List<GoalPeriod> items = new ArrayList<>();
        for (Goal goal : goals.evaluated()) {
            List<Period> periods = EvaluationMark.dueOrNone("goal " + goal.id() + " (starts on " + goal.startsOn() + ")", goal::firstPeriod,
                    Duration.ZERO, slot, lookback);
            if (periods.isEmpty()) {
                continue;
            }
            Set<LocalDate> done = evaluated.done(Subject.GOAL, goal.id(), periods.getFirst().start());
            periods.stream().filter(period -> !done.contains(period.start())).forEach(period -> items.add(new GoalPeriod(goal, period)));
        }
        return items;
    }
}
