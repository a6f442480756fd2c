package io.herdbook.jobs.payouts.accrual;

import io.herdbook.jobs.goals.EvaluatedPeriods;
import io.herdbook.jobs.goals.EvaluatedPeriods.Subject;
import io.herdbook.jobs.goals.EvaluationMark;
import io.herdbook.jobs.goals.Period;
import io.herdbook.jobs.partition.StepNotes;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * goal-evaluation's second reader: every structure period whose mark (end + view window + 48 h) passed by the slot,
 * within the lookback, not evaluated yet, grouped into {@link PayoutUnit}s, oldest period first so a budget is spent
 * in the order periods close. Like {@code DueGoalPeriods} it keeps no state: a restart lists what is still undone.
 */
public class DuePayoutUnits implements ItemReader<PayoutUnit> {

    private final TermsStore structures;
    private final EvaluatedPeriods evaluated;
    private final Instant slot;
    private final Duration lookback;
    private Iterator<PayoutUnit> due;

    public DuePayoutUnits(TermsStore structures, EvaluatedPeriods evaluated, Instant slot, Duration lookback) {
        this.structures = structures;
        this.evaluated = evaluated;
        this.slot = slot;
        this.lookback = lookback;
    }

    @Override
    public PayoutUnit read() {
        if (due == null) {
            List<PayoutUnit> all = list();
            StepNotes.total(all.size());
            due = all.iterator();
        }
        return due.hasNext() ? due.next() : null;
    }

    private record UnitKey(Object group, Period period) {
    }

    private List<PayoutUnit> list() {
        Map<UnitKey, List<Terms>> units = new LinkedHashMap<>();
        for (Terms terms : structures.evaluated()) {
            List<Period> periods = EvaluationMark.dueOrNone("payout structure " + terms.id() + " (starts on " + terms.startsOn() + ")", terms::firstPeriod,
                    terms.viewWindow(), slot, lookback);
            if (periods.isEmpty()) {
                continue;
            }
            Set<LocalDate> done = evaluated.done(Subject.PAYOUT_STRUCTURE, terms.id(), periods.getFirst().start());
            Object group = terms.campaignId() != null ? "campaign " + terms.campaignId() : "structure " + terms.id();
            for (Period period : periods) {
                if (!done.contains(period.start())) {
                    units.computeIfAbsent(new UnitKey(group, period), key -> new ArrayList<>()).add(terms);
                }
            }
        }
        List<PayoutUnit> list = new ArrayList<>();
        units.forEach((key, terms) -> list.add(new PayoutUnit(terms.getFirst().campaignId(), List.copyOf(terms), key.period())));
        list.sort(Comparator.comparing((PayoutUnit unit) -> unit.period().to()).thenComparing(unit -> unit.structures().getFirst().id()));
        return list;
    }
}
