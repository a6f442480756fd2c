package io.herdbook.api.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.herdbook.jobs.goals.GoalMetric;
import io.herdbook.jobs.goals.PeriodKind;
import io.herdbook.reports.compliance.ComplianceAdvisory;
import io.herdbook.reports.compliance.ComplianceReport;
import io.herdbook.reports.compliance.CreatorCompliance;
import io.herdbook.reports.compliance.GoalCompliance;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A project's goal compliance as the API shows it.
 *
 * @param periodContaining the day asked for (default: today in {@code timeZone}); each goal reports its period containing it
 * @param asOf             "now" for the advisories and for live figures
 * @param staleAfter       the STATS_MAY_BE_STALE window, as an ISO-8601 duration
 */
record GoalComplianceView(long projectId, String timeZone, LocalDate periodContaining, Instant asOf, String staleAfter,
                          List<GoalPeriod> goals) {

    /**
     * One goal in its period: local days {@code firstDay}..{@code lastDay} (both included), the UTC window [from, to).
     *
     * @param isFinal true when every creator's figure is goal-evaluation's stored result
     */
    record GoalPeriod(long goalId, String name, GoalMetric metric, long target, PeriodKind period, LocalDate firstDay, LocalDate lastDay,
                      Instant from, Instant to, @JsonProperty("final") boolean isFinal, List<ComplianceAdvisory> advisories,
                      List<CreatorRow> creators) {

        static GoalPeriod of(GoalCompliance c) {
            return new GoalPeriod(c.goal().id(), c.goal().name(), c.goal().metric(), c.goal().target(), c.goal().period(),
                    c.period().start(), c.period().endDate().minusDays(1), c.period().from(), c.period().to(), c.finalResult(),
                    c.advisories(), c.creators().stream().map(CreatorRow::of).toList());
        }
    }

    /**
     * One creator's figure: stored ({@code final: true}, with {@code evaluated_at}) or live.
     *
     * @param actual null when the metric has no value (MIN_VIEWS_PER_POST over no posts)
     */
    record CreatorRow(long creatorId, String handle, Long actual, long target, boolean met, long posts,
                      @JsonProperty("final") boolean isFinal, Instant evaluatedAt, Instant statsCutoff, Instant refreshedAt,
                      List<ComplianceAdvisory> advisories) {

        static CreatorRow of(CreatorCompliance c) {
            return new CreatorRow(c.creatorId(), c.handle(), c.actual(), c.target(), c.met(), c.posts(), c.finalResult(), c.evaluatedAt(),
                    c.statsCutoff(), c.refreshedAt(), c.advisories());
        }
    }

    static GoalComplianceView of(ComplianceReport report) {
        return new GoalComplianceView(report.projectId(), report.zone().getId(), report.day(), report.asOf(), report.staleAfter().toString(),
                report.goals().stream().map(GoalPeriod::of).toList());
    }
}
