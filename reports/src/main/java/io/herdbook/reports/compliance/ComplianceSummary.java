package io.herdbook.reports.compliance;

import java.util.List;

/** A compliance report counted: per goal, and over all its goals. */
public record ComplianceSummary(ComplianceReport report, List<Line> goals, GoalTally totals) {

    /** One goal's counts, beside the goal and its period. */
    public record Line(GoalCompliance compliance, GoalTally tally) {
    }

    public ComplianceSummary {
        goals = List.copyOf(goals);
    }

    public static ComplianceSummary of(ComplianceReport report) {
        List<Line> goals = report.goals().stream().map(goal -> new Line(goal, GoalTally.of(goal))).toList();
        GoalTally totals = goals.stream().map(Line::tally).reduce(new GoalTally(0, 0, 0, 0), GoalTally::plus);
        return new ComplianceSummary(report, goals, totals);
    }
}
