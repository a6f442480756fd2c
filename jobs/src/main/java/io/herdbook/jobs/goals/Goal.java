package io.herdbook.jobs.goals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A goal as stored in {@code goals}, with its project's time zone (periods are local days there).
 *
 * @param campaignId   null: the project's creators; otherwise the campaign's
 * @param allCreators  false: only the creators listed in {@code goal_creators}
 * @param archivedAt   null while the goal is evaluated
 */
public record Goal(long id, long organisationId, long projectId, Long campaignId, String name, GoalMetric metric,
                   long target, PeriodKind period, LocalDate startsOn, boolean allCreators, Instant archivedAt, ZoneId zone) {

    /** The goal's first period: the one containing its start date. */
    public Period firstPeriod() {
        return Period.containing(period, startsOn, zone);
    }

    /** The period of this goal that contains {@code instant}. */
    public Period periodContaining(Instant instant) {
        return Period.containing(period, instant, zone);
    }
}
