package io.herdbook.jobs.payouts.accrual;

import io.herdbook.jobs.goals.EvaluatedPeriods;
import io.herdbook.jobs.goals.EvaluatedPeriods.Subject;
import io.herdbook.jobs.goals.Period;
import io.herdbook.jobs.partition.StepNotes;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a unit's lines and records its structures' period evaluated, in the chunk's transaction. A campaign with a
 * budget is locked first ({@code SELECT ... FOR UPDATE}), so two nodes evaluating its periods at once fund one after
 * the other from the same remainder; a structure period another run already recorded is skipped under that lock, and
 * the unique key {@code payout_accruals_once} stays the last guard.
 */
public class AccrualWriter implements ItemWriter<UnitLines> {

    private static final Logger log = LoggerFactory.getLogger(AccrualWriter.class);

    private final AccrualStore store;
    private final TermsStore structures;
    private final EvaluatedPeriods evaluated;
    private final Clock clock;

    public AccrualWriter(JdbcTemplate jdbc, EvaluatedPeriods evaluated, Clock clock) {
        this.store = new AccrualStore(jdbc);
        this.structures = new TermsStore(jdbc);
        this.evaluated = evaluated;
        this.clock = clock;
    }

    @Override
    public void write(Chunk<? extends UnitLines> chunk) {
        for (UnitLines unitLines : chunk) {
            write(unitLines);
        }
    }

    private void write(UnitLines unitLines) {
        PayoutUnit unit = unitLines.unit();
        Period period = unit.period();
        Instant now = clock.instant();
        Budget budget = store.lockBudget(unit.structures().getFirst().organisationId(), unit.campaignId());
        Map<Long, Long> written = new HashMap<>();
        BigDecimal unfunded = BigDecimal.ZERO;
        // Asked under the campaign's lock: a structure period another run finished meanwhile is left as it wrote it.
        Set<Long> done = new HashSet<>();
        unit.structures().stream().filter(terms -> evaluated.isDone(Subject.PAYOUT_STRUCTURE, terms.id(), period.start()))
                .forEach(terms -> done.add(terms.id()));
        // And a structure whose terms changed after its lines were computed is left for the next run, which computes
        // them by the new terms; the share lock keeps them from changing until this commits (the API then refuses it).
        Set<Long> changed = new HashSet<>();
        unit.structures().stream().filter(terms -> !done.contains(terms.id()) && !structures.termsStillHold(terms))
                .forEach(terms -> changed.add(terms.id()));
        if (!changed.isEmpty()) {
            log.info("goal-evaluation: {}: the terms of structures {} changed while measuring; left for the next run", unit, changed);
            done.addAll(changed);
        }
        for (Line line : unitLines.lines()) {
            if (done.contains(line.terms().id())) {
                continue;
            }
            BigDecimal funded = budget.fund(line.computedAmount());
            if (store.insert(AccrualRow.original(line, period, funded, now, null)).isPresent()) {
                written.merge(line.terms().id(), 1L, Long::sum);
                unfunded = unfunded.add(line.computedAmount().subtract(funded));
            }
        }
        for (Terms terms : unit.structures()) {
            if (done.contains(terms.id())) {
                continue;
            }
            evaluated.mark(terms.organisationId(), Subject.PAYOUT_STRUCTURE, terms.id(), period.start(), now,
                    written.getOrDefault(terms.id(), 0L));
        }
        String line = unit + ": " + written.values().stream().mapToLong(Long::longValue).sum() + " accrual lines"
                + (unfunded.signum() > 0 ? ", " + unfunded.toPlainString() + " left unfunded by the campaign's budget" : "");
        log.info("goal-evaluation: {}", line);
        StepNotes.lastChunk(line);
    }
}
