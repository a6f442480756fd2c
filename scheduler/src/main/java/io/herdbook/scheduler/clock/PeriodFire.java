package io.herdbook.scheduler.clock;

import io.herdbook.scheduler.ledger.RunTrigger;
import io.herdbook.scheduler.runs.RunDispatcher;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a Quartz trigger does when it fires: dispatch the job for the period it was scheduled at.
 * Nothing else runs on Quartz's threads — the work goes to the queue — so a fire takes milliseconds.
 * Quartz's cluster lock makes one node fire each trigger; if two ever did, the ledger's key makes
 * the second a logged no-op (case C6).
 */
public class PeriodFire implements Job {

    /** The job data key holding the Spring Batch job's name. */
    public static final String JOB_NAME = "herdbook.job";

    private static final Logger log = LoggerFactory.getLogger(PeriodFire.class);

    private final RunDispatcher dispatcher;
    private final SchedulePauses pauses;

    public PeriodFire(RunDispatcher dispatcher, SchedulePauses pauses) {
        this.dispatcher = dispatcher;
        this.pauses = pauses;
    }

    @Override
    public void execute(JobExecutionContext context) {
        String jobName = context.getMergedJobDataMap().getString(JOB_NAME);
        // The scheduled fire time, not "now": a fire that is a second late is still that period's.
        Instant period = context.getScheduledFireTime().toInstant().truncatedTo(ChronoUnit.SECONDS);
        if (pauses.isPaused(jobName)) {
            log.info("{} for {}: schedule paused by an operator; not run", jobName, period);
            return;
        }
        dispatcher.dispatch(jobName, period, 0, RunTrigger.SCHEDULE, period);
    }
}
