package io.herdbook.jobs.payouts.accrual;

import io.herdbook.jobs.goals.EvaluationMark;
import io.herdbook.jobs.goals.Period;
import io.herdbook.jobs.goals.PeriodKind;
import io.herdbook.jobs.goals.StatsCutoff;
import io.herdbook.jobs.payouts.CpmTier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A payout structure's terms as goal-evaluation reads them from {@code payout_structures} (and its tiers), with
 * the project's zone. The money rules live in {@link LineAmounts}; this record only says what was agreed.
 *
 * @param kind           CPM, FLAT_PER_POST or GOAL_BONUS
 * @param tiers          CPM tiers by ascending {@code fromViews}; empty: {@code cpmRate} pays every view
 * @param viewWindowDays null: views as of the period's end + 48 h; N: as of N days after each post went up, live posts only
 */
public record Terms(long id, long organisationId, long projectId, Long campaignId, String name, String kind, PeriodKind period,
                    LocalDate startsOn, BigDecimal cpmRate, BigDecimal capPerPost, BigDecimal flatFee, long minViews,
                    Long goalId, BigDecimal bonusAmount, Integer viewWindowDays, ZoneId zone, List<CpmTier> tiers) {

    public static final String CPM = "CPM";
    public static final String FLAT_PER_POST = "FLAT_PER_POST";
    public static final String GOAL_BONUS = "GOAL_BONUS";

    public Period firstPeriod() {
        return Period.containing(period, startsOn, zone);
    }

    /** The view window, zero when off. */
    public Duration viewWindow() {
        return viewWindowDays == null ? Duration.ZERO : Duration.ofDays(viewWindowDays);
    }

    /** Which stats measure a period's posts: each post's window when set, else the period's end + 48 h. */
    public StatsCutoff cutoff(Period of) {
        return viewWindowDays == null ? StatsCutoff.at(EvaluationMark.statsCutoff(of)) : StatsCutoff.afterPosting(viewWindow());
    }
}
