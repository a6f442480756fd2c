package io.herdbook.scheduler.clock;

import io.herdbook.scheduler.catalogue.JobCatalogue;
import io.herdbook.scheduler.catalogue.Schedule;
import java.util.Set;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps one Quartz cron trigger per catalogue entry in the clustered job store, in UTC, with the
 * misfire policy "do nothing": after downtime Quartz never fires a burst of missed periods — the
 * {@link CatchUpSweep} decides, from the ledger, the one period that runs. A trigger whose cron did
 * not change is left alone (so its pause state survives restarts); one whose cron changed is replaced
 * and keeps its pause state. Several nodes doing this at once is safe (case C23).
 */
@Component
public class CatalogueTriggers {

    /** The Quartz group of every Herdbook job and trigger. */
    public static final String GROUP = "herdbook";

    private static final Logger log = LoggerFactory.getLogger(CatalogueTriggers.class);

    private final JobCatalogue catalogue;
    private final SchedulePauses pauses;
    private final TransactionTemplate transaction;

    public CatalogueTriggers(JobCatalogue catalogue, SchedulePauses pauses, PlatformTransactionManager transactions) {
        this.catalogue = catalogue;
        this.pauses = pauses;
        this.transaction = new TransactionTemplate(transactions);
    }

    public static TriggerKey triggerKey(String jobName) {
        return TriggerKey.triggerKey(jobName, GROUP);
    }

    /**
     * Makes the store's triggers match the catalogue. Each entry is checked and written in one
     * transaction: Spring's Quartz job store takes Quartz's row lock ({@code qrtz_locks}) in the
     * caller's transaction, and without one the lock is released after each statement, so two nodes
     * starting together both insert the same job and one fails on the primary key.
     */
    public void register(Scheduler scheduler) {
        for (Schedule schedule : catalogue.schedules()) {
            transaction.executeWithoutResult(status -> {
                try {
                    register(scheduler, schedule);
                } catch (SchedulerException e) {
                    throw new IllegalStateException("could not schedule " + schedule.jobName() + ": " + e.getMessage(), e);
                }
            });
        }
    }

    private void register(Scheduler scheduler, Schedule schedule) throws SchedulerException {
        TriggerKey key = triggerKey(schedule.jobName());
        Trigger existing = scheduler.getTrigger(key);
        // The pause table is the operator's word: it wins over a trigger that lost its state.
        boolean paused = pauses.isPaused(schedule.jobName());
        if (existing instanceof CronTrigger cron && cron.getCronExpression().equals(schedule.cron())
                && cron.getMisfireInstruction() == CronTrigger.MISFIRE_INSTRUCTION_DO_NOTHING) {
            if (paused && scheduler.getTriggerState(key) != Trigger.TriggerState.PAUSED) {
                scheduler.pauseTrigger(key);
            }
            return;
        }
        JobDetail job = JobBuilder.newJob(PeriodFire.class)
                .withIdentity(JobKey.jobKey(schedule.jobName(), GROUP))
                .usingJobData(PeriodFire.JOB_NAME, schedule.jobName())
                .storeDurably()
                .build();
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(key)
                .forJob(job)
                .withSchedule(CronScheduleBuilder.cronSchedule(schedule.cron())
                        .inTimeZone(TimeZone.getTimeZone("UTC"))
                        .withMisfireHandlingInstructionDoNothing())
                .build();
        // replace = true: a node starting at the same moment as another may have just added it.
        scheduler.scheduleJob(job, Set.of(trigger), true);
        if (paused) {
            scheduler.pauseTrigger(key);
        }
        log.info("schedule {}: '{}' UTC{}", schedule.jobName(), schedule.cron(), paused ? " (paused)" : "");
    }
}
