package io.herdbook.jobs.payouts.accrual;

import io.herdbook.jobs.goals.EvaluatedPeriods;
import io.herdbook.jobs.goals.EvaluatedPeriods.Subject;
import io.herdbook.jobs.goals.EvaluationMark;
import io.herdbook.jobs.goals.Period;
import io.herdbook.jobs.goals.PeriodPosts;
import io.herdbook.jobs.payouts.Money;
import io.herdbook.jobs.tracking.Sql;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluates a structure's period again, after its stats changed (a reparse, a late snapshot before the cutoff), and
 * writes the difference as adjusting lines. No line is ever changed: a paid line stays as it was paid, and the
 * correction is a new line (revision n + 1) that a later payment settles. Goal results are final once written, so a
 * bonus re-evaluates to what it was.
 */
@Service
public class Reevaluation {

    /** Why a re-evaluation cannot run; the API answers 404 or 409 with the message. */
    public static final class Refused extends RuntimeException {
        private final boolean notFound;

        Refused(String message, boolean notFound) {
            super(message);
            this.notFound = notFound;
        }

        public boolean notFound() {
            return notFound;
        }
    }

    private record Key(long creatorId, Long postId) {
    }

    /** A key's lines so far: its original line's identity and the sums over every revision. */
    private record Existing(long originalId, String kind, Long goalResultId, Instant qualifiedAt, int maxRevision,
                            BigDecimal computed, BigDecimal unfunded) {
    }

    private final TermsStore structures;
    private final LineCalculator calculator;
    private final EvaluatedPeriods evaluated;
    private final JdbcTemplate jdbc;
    private final AccrualStore store;
    private final Clock clock;

    public Reevaluation(TermsStore structures, PeriodPosts posts, EvaluatedPeriods evaluated,
                        JdbcTemplate jdbc, Clock clock) {
        this.structures = structures;
        this.calculator = new LineCalculator(structures, posts, jdbc);
        this.evaluated = evaluated;
        this.jdbc = jdbc;
        this.store = new AccrualStore(jdbc);
        this.clock = clock;
    }

    /** Re-evaluates {@code structureId}'s period starting {@code periodStart} and returns the adjusting lines written. */
    @Transactional
    public List<Adjustment> reevaluate(long organisationId, long structureId, LocalDate periodStart) {
        Terms terms = structures.find(organisationId, structureId)
                .orElseThrow(() -> new Refused("no payout structure " + structureId, true));
        if (!terms.period().startOf(periodStart).equals(periodStart)) {
            throw new IllegalArgumentException("period_start " + periodStart + " does not start a " + terms.period().name().toLowerCase()
                    + " period; " + terms.period().startOf(periodStart) + " does");
        }
        Period period = new Period(terms.period(), periodStart, terms.zone());
        // One re-evaluation of a structure at a time, and none while goal-evaluation funds its campaign.
        jdbc.queryForList("SELECT id FROM payout_structures WHERE id = ? FOR UPDATE", Long.class, structureId);
        Budget budget = store.lockBudget(organisationId, terms.campaignId());
        if (!evaluated.isDone(Subject.PAYOUT_STRUCTURE, structureId, periodStart)) {
            throw new Refused(period + " of structure " + structureId + " has not been evaluated yet; goal-evaluation evaluates it from "
                    + EvaluationMark.of(period, terms.viewWindow()), false);
        }
        Map<Key, Line> now = new LinkedHashMap<>();
        calculator.linesOf(terms, period).forEach(line -> now.put(new Key(line.creatorId(), line.postId()), line));
        Map<Key, Existing> before = existing(structureId, periodStart);
        List<Adjustment> written = new ArrayList<>();
        Instant at = clock.instant();
        // Decreases first: what they claw back returns to the budget before any increase is funded from it.
        List<Map.Entry<Key, Existing>> increases = new ArrayList<>();
        for (Map.Entry<Key, Existing> entry : before.entrySet()) {
            Line line = now.get(entry.getKey());
            BigDecimal delta = (line == null ? Money.ZERO : line.computedAmount()).subtract(entry.getValue().computed());
            if (delta.signum() < 0) {
                Adjustment decrease = adjust(terms, period, entry.getKey(), entry.getValue(), now.remove(entry.getKey()), delta, budget, at);
                budget.release(decrease.amountDelta().negate());
                written.add(decrease);
            } else if (delta.signum() > 0) {
                increases.add(entry);
            } else {
                now.remove(entry.getKey());
            }
        }
        for (Map.Entry<Key, Existing> entry : increases) {
            Line line = now.remove(entry.getKey());
            written.add(adjust(terms, period, entry.getKey(), entry.getValue(), line, line.computedAmount().subtract(entry.getValue().computed()),
                    budget, at));
        }
        // Keys the first evaluation did not have (a post found since, or measured only now) get their original line.
        for (Line line : now.values()) {
            BigDecimal funded = budget.fund(line.computedAmount());
            long id = store.insert(AccrualRow.original(line, period, funded, at, "added by re-evaluation")).orElseThrow();
            written.add(new Adjustment(id, null, line.creatorId(), line.postId(), 0, line.computedAmount(), funded,
                    line.computedAmount().subtract(funded), "added by re-evaluation"));
        }
        return written;
    }

    private Adjustment adjust(Terms terms, Period period, Key key, Existing before, Line line, BigDecimal delta, Budget budget, Instant at) {
        BigDecimal amount;
        BigDecimal unfunded;
        if (delta.signum() > 0) {
            amount = budget.fund(delta);
            unfunded = delta.subtract(amount);
        } else {
            // Less is owed: what the budget never funded goes first, then the owed amount (a claw-back).
            BigDecimal fromUnfunded = before.unfunded().min(delta.negate());
            unfunded = fromUnfunded.negate();
            amount = delta.add(fromUnfunded);
        }
        String note = line == null ? "re-evaluation: no longer earns (" + delta.toPlainString() + ")"
                : "re-evaluation: now " + line.views() + " views (" + (delta.signum() > 0 ? "+" : "") + delta.toPlainString() + ")";
        int revision = before.maxRevision() + 1;
        long id = store.insert(new AccrualRow(terms, period, key.creatorId(), before.kind(), key.postId(), before.goalResultId(),
                line == null ? null : line.snapshotObservedAt(), line == null ? null : line.views(), delta, amount, unfunded,
                before.qualifiedAt(), at, revision, before.originalId(), note)).orElseThrow();
        return new Adjustment(id, before.originalId(), key.creatorId(), key.postId(), revision, delta, amount, unfunded, note);
    }

    private Map<Key, Existing> existing(long structureId, LocalDate periodStart) {
        Map<Key, Existing> existing = new LinkedHashMap<>();
        jdbc.query("""
                SELECT o.creator_id, o.post_id, o.id, o.kind, o.goal_result_id, o.qualified_at, k.max_revision, k.computed, k.unfunded
                  FROM (SELECT creator_id, post_id, max(revision) AS max_revision, sum(computed_amount) AS computed,
                               sum(unfunded_amount) AS unfunded
                          FROM payout_accruals WHERE structure_id = ? AND period_start = ?
                         GROUP BY creator_id, post_id) k
                  JOIN payout_accruals o ON o.structure_id = ? AND o.period_start = ? AND o.revision = 0
                                        AND o.creator_id = k.creator_id AND o.post_id IS NOT DISTINCT FROM k.post_id
                 ORDER BY o.qualified_at, o.creator_id, o.post_id
                """, rs -> {
            Long post = Sql.nullableLong(rs, "post_id");
            existing.put(new Key(rs.getLong("creator_id"), post), new Existing(rs.getLong("id"), rs.getString("kind"),
                    Sql.nullableLong(rs, "goal_result_id"), Sql.instant(rs, "qualified_at"), rs.getInt("max_revision"),
                    rs.getBigDecimal("computed"), rs.getBigDecimal("unfunded")));
        }, structureId, periodStart, structureId, periodStart);
        return existing;
    }
}
