package io.herdbook.jobs.goals;

import io.herdbook.jobs.goals.EvaluatedPeriods.Subject;
import io.herdbook.jobs.partition.StepNotes;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * goal-evaluation's first reader: every (goal, period) whose mark passed by the run's slot, within the lookback,
 * and not evaluated yet, goals in id order and periods oldest first. The list is taken when the step first reads;
 * a restarted step takes it again and finds the periods done before the crash already recorded, so it resumes
 * where it stopped without any state of its own.
 */
public class DueGoalPeriods implements ItemReader<GoalPeriod> {

    private static final Logger log = LoggerFactory.getLogger(DueGoalPeriods.class);

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

    /** The goal's due periods; none, with a log line, for a goal whose dates cannot be reckoned (written around the API). */
    private List<Period> duePeriods(Goal goal) {
        try {
            return EvaluationMark.due(goal.firstPeriod(), Duration.ZERO, slot, lookback);
        } catch (DateTimeException | ArithmeticException e) {
            log.error("goal-evaluation: goal {} starts on {}, a date its periods cannot be reckoned from ({}); skipped", goal.id(),
                    goal.startsOn(), e.getMessage());
            return List.of();
        }
    }

    private List<GoalPeriod> list() {
        List<GoalPeriod> items = new ArrayList<>();
        for (Goal goal : goals.evaluated()) {
            List<Period> periods = duePeriods(goal);
            if (periods.isEmpty()) {
                continue;
            }
            Set<LocalDate> done = evaluated.done(Subject.GOAL, goal.id(), periods.getFirst().start());
            periods.stream().filter(period -> !done.contains(period.start())).forEach(period -> items.add(new GoalPeriod(goal, period)));
        }
        return items;
    }
}
