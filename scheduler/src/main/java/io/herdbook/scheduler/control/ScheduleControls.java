package io.herdbook.scheduler.control;

import io.herdbook.scheduler.catalogue.JobCatalogue;
import io.herdbook.scheduler.catalogue.Schedule;
import io.herdbook.scheduler.clock.CatalogueTriggers;
import io.herdbook.scheduler.clock.SchedulePauses;
import io.herdbook.scheduler.ledger.RunLedger;
import java.time.Clock;
import java.util.List;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pause, resume and list the catalogue's schedules, from any node. Quartz's trigger holds the pause
 * (so no node fires it) and {@link SchedulePauses} remembers it for the catch-up sweep, which never
 * runs periods an operator chose not to run. Pausing a paused schedule, or resuming a running one,
 * changes nothing.
 */
@Service
public class ScheduleControls {

    private final JobCatalogue catalogue;
    private final SchedulePauses pauses;
    private final RunLedger ledger;
    private final Scheduler scheduler;
    private final Clock clock;

    public ScheduleControls(JobCatalogue catalogue, SchedulePauses pauses, RunLedger ledger, Scheduler scheduler, Clock clock) {
        this.catalogue = catalogue;
        this.pauses = pauses;
        this.ledger = ledger;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    public List<ScheduleView> list() {
        return catalogue.schedules().stream().map(this::view).toList();
    }

    public ScheduleView view(String jobName) {
        return view(catalogue.get(jobName));
    }

    /** Pauses {@code jobName}'s schedule; {@code by} names who asked (an API key, "cli"). */
    @Transactional
    public ScheduleView pause(String jobName, String by) throws SchedulerException {
        Schedule schedule = catalogue.get(jobName);
        pauses.paused(jobName, by, clock.instant());
        scheduler.pauseTrigger(CatalogueTriggers.triggerKey(jobName));
        return view(schedule);
    }

    /** Resumes {@code jobName}'s schedule from its next period; the periods it was paused for stay unrun. */
    @Transactional
    public ScheduleView resume(String jobName, String by) throws SchedulerException {
        Schedule schedule = catalogue.get(jobName);
        pauses.resumed(jobName, by, clock.instant());
        scheduler.resumeTrigger(CatalogueTriggers.triggerKey(jobName));
        return view(schedule);
    }

    private ScheduleView view(Schedule schedule) {
        boolean paused = pauses.isPaused(schedule.jobName());
        return new ScheduleView(schedule.jobName(), schedule.cron(), paused,
                paused ? null : schedule.periodAfter(clock.instant()),
                ledger.list(schedule.jobName(), null, 1).stream().findFirst());
    }
}
