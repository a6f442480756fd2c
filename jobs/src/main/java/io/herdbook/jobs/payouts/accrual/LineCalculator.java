package io.herdbook.jobs.payouts.accrual;

import io.herdbook.jobs.goals.Period;
import io.herdbook.jobs.goals.PeriodPosts;
import io.herdbook.jobs.goals.PostMeasure;
import io.herdbook.jobs.payouts.Money;
import io.herdbook.jobs.tracking.Sql;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Computes a unit's lines. A post earns a line only with evidence: a snapshot observed before its cutoff (no
 * snapshot, no money: an unmeasured post is not a post with 0 views) and, under a view window, the post still live
 * when the window closed. A zero amount writes no line. A bonus pays each met result of the goal's period.
 */
public class LineCalculator implements ItemProcessor<PayoutUnit, UnitLines> {

    private static final Comparator<Line> QUALIFICATION_ORDER = Comparator.comparing(Line::qualifiedAt)
            .thenComparingLong(Line::creatorId)
            .thenComparing(line -> line.postId() != null ? line.postId() : line.goalResultId())
            .thenComparingLong(line -> line.terms().id());

    private final TermsStore structures;
    private final PeriodPosts posts;
    private final JdbcTemplate jdbc;

    public LineCalculator(TermsStore structures, PeriodPosts posts, JdbcTemplate jdbc) {
        this.structures = structures;
        this.posts = posts;
        this.jdbc = jdbc;
    }

    @Override
    public UnitLines process(PayoutUnit unit) {
        List<Line> lines = new ArrayList<>();
        for (Terms terms : unit.structures()) {
            lines.addAll(linesOf(terms, unit.period()));
        }
        lines.sort(QUALIFICATION_ORDER);
        return new UnitLines(unit, lines);
    }

    /** The lines {@code terms} owes for {@code period}, in no particular order. */
    public List<Line> linesOf(Terms terms, Period period) {
        if (Terms.GOAL_BONUS.equals(terms.kind())) {
            return bonuses(terms, period);
        }
        List<Line> lines = new ArrayList<>();
        for (PostMeasure post : posts.measure(terms.organisationId(), structures.creatorsOf(terms), period, terms.cutoff(period))) {
            if (!post.measured() || (terms.viewWindowDays() != null && !post.live())) {
                continue;
            }
            boolean cpm = Terms.CPM.equals(terms.kind());
            BigDecimal amount = cpm ? LineAmounts.cpm(terms, post.views()) : LineAmounts.flat(terms, post.views());
            if (amount.signum() > 0) {
                lines.add(new Line(terms, post.creatorId(), cpm ? "CPM" : "FLAT", post.postId(), null, post.snapshotObservedAt(),
                        post.views(), amount, post.postedAt()));
            }
        }
        return lines;
    }

    private List<Line> bonuses(Terms terms, Period period) {
        BigDecimal amount = Money.line(terms.bonusAmount());
        if (amount.signum() <= 0) {
            return List.of();
        }
        return jdbc.query("""
                SELECT id, creator_id, period_to FROM goal_results
                 WHERE organisation_id = ? AND goal_id = ? AND period_start = ? AND met ORDER BY creator_id
                """, (rs, row) -> new Line(terms, rs.getLong("creator_id"), "BONUS", null, rs.getLong("id"), null, null, amount,
                Sql.instant(rs, "period_to")), terms.organisationId(), terms.goalId(), period.start());
    }
}
