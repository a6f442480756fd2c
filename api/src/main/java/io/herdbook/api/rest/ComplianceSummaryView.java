package io.herdbook.api.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.herdbook.jobs.goals.GoalMetric;
import io.herdbook.jobs.goals.PeriodKind;
import io.herdbook.reports.compliance.ComplianceSummary;
import io.herdbook.reports.compliance.GoalCompliance;
import io.herdbook.reports.compliance.GoalTally;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The compliance report counted, as the API shows it: per goal (creators, met, not_met, with_advisories) and in total. */
record ComplianceSummaryView(long projectId, String timeZone, LocalDate periodContaining, Instant asOf, List<GoalCounts> goals,
                             Totals totals) {

    /** One goal's counts in its period (local days first_day..last_day, both included; UTC window [from, to)). */
    record GoalCounts(long goalId, String name, GoalMetric metric, long target, PeriodKind period, LocalDate firstDay, LocalDate lastDay,
                      Instant from, Instant to, @JsonProperty("final") boolean isFinal, long creators, long met, long notMet,
                      long withAdvisories) {

        static GoalCounts of(ComplianceSummary.Line line) {
            GoalCompliance c = line.compliance();
            GoalTally t = line.tally();
            return new GoalCounts(c.goal().id(), c.goal().name(), c.goal().metric(), c.goal().target(), c.goal().period(),
                    c.period().start(), c.period().endDate().minusDays(1), c.period().from(), c.period().to(), c.finalResult(),
                    t.creators(), t.met(), t.notMet(), t.withAdvisories());
        }
    }

    /** Over every goal: {@code creators} counts (goal, creator) pairs. */
    record Totals(long goals, long creators, long met, long notMet, long withAdvisories) {
    }

    static ComplianceSummaryView of(ComplianceSummary summary) {
        GoalTally t = summary.totals();
        return new ComplianceSummaryView(summary.report().projectId(), summary.report().zone().getId(), summary.report().day(),
                summary.report().asOf(), summary.goals().stream().map(GoalCounts::of).toList(),
                new Totals(summary.goals().size(), t.creators(), t.met(), t.notMet(), t.withAdvisories()));
    }
}
