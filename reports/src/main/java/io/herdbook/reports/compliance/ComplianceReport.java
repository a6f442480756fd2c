package io.herdbook.reports.compliance;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A project's goal compliance for the periods containing {@code day} (each goal's own period: a weekly and a
 * monthly goal report different windows for the same day), as of {@code asOf}. Archived goals are left out.
 *
 * @param staleAfter the staleness window the STATS_MAY_BE_STALE advisories were judged by
 */
public record ComplianceReport(long projectId, ZoneId zone, LocalDate day, Instant asOf, Duration staleAfter,
                               List<GoalCompliance> goals) {

    public ComplianceReport {
        goals = List.copyOf(goals);
    }
}
