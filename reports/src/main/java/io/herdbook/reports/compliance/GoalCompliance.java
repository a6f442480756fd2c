package io.herdbook.reports.compliance;

import io.herdbook.jobs.goals.Goal;
import io.herdbook.jobs.goals.Period;
import java.util.List;

/**
 * One goal's period containing the asked day, and each creator's standing in it (creators in id order: those the
 * goal covers, and any that have a stored result for the period though the goal no longer covers them).
 *
 * @param advisories the advisories that hold for the whole period (in progress, closed recently, not started)
 * @param finalResult true when every creator's figure is a stored result (and there is at least one creator)
 */
public record GoalCompliance(Goal goal, Period period, List<ComplianceAdvisory> advisories, boolean finalResult,
                             List<CreatorCompliance> creators) {

    public GoalCompliance {
        advisories = List.copyOf(advisories);
        creators = List.copyOf(creators);
    }
}
