package io.herdbook.api.rest;

import io.herdbook.scheduler.control.ScheduleView;
import java.time.Instant;

/**
 * A job of the catalogue with its schedule's state.
 *
 * @param cron       its Quartz cron expression, in UTC
 * @param nextPeriod the next period it is due at; null while paused
 * @param lastRun    the ledger's newest run of it; null if it never ran
 */
public record JobSchedule(String name, String cron, boolean paused, Instant nextPeriod, JobRun lastRun) {

    static JobSchedule of(ScheduleView view) {
        return new JobSchedule(view.jobName(), view.cron(), view.paused(), view.nextPeriod(), view.lastRun().map(JobRun::of).orElse(null));
    }
}
