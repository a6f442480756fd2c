package io.herdbook.scheduler.clock;

import io.herdbook.scheduler.catalogue.JobCatalogue;
import io.herdbook.scheduler.catalogue.Schedule;
import io.herdbook.scheduler.catalogue.SchedulerProperties;
import io.herdbook.scheduler.ledger.Run;
import io.herdbook.scheduler.ledger.RunLedger;
import io.herdbook.scheduler.ledger.RunTrigger;
import io.herdbook.scheduler.metrics.RunMetrics;
import io.herdbook.scheduler.runs.RunDispatcher;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies the {@link CatchUpPlanner catch-up rule} to every unpaused job in the catalogue: records
 * the skipped periods and dispatches the one catch-up run. Scheduler nodes run it when they start and
 * then every {@code herdbook.scheduler.catch-up-interval}; several nodes sweeping at once is harmless,
 * since every write it makes is keyed by (job, period).
 */
@Component
public class CatchUpSweep {

    private static final Logger log = LoggerFactory.getLogger(CatchUpSweep.class);
    /** Waiting runs checked against the queue per sweep, oldest first. */
    private static final int STRANDED_PER_SWEEP = 200;

    private final JobCatalogue catalogue;
    private final RunLedger ledger;
    private final SchedulePauses pauses;
    private final RunDispatcher dispatcher;
    private final RunMetrics metrics;
    private final SchedulerProperties.ClockSettings settings;
    private final Clock clock;

    public CatchUpSweep(JobCatalogue catalogue, RunLedger ledger, SchedulePauses pauses, RunDispatcher dispatcher, RunMetrics metrics,
                        SchedulerProperties properties, Clock clock) {
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.pauses = pauses;
        this.dispatcher = dispatcher;
        this.metrics = metrics;
        this.settings = properties.scheduler();
        this.clock = clock;
    }

    /**
     * Sweeps every job once, after queueing again any run the ledger says is waiting but the queue does
     * not hold (its claimer died before queueing it, or an operator deleted its JobRunr job).
     */
    public void sweep() {
        try {
            for (Run waiting : ledger.queuedBefore(clock.instant().minus(settings.catchUpGrace()), STRANDED_PER_SWEEP)) {
                if (!dispatcher.isInQueue(waiting)) {
                    log.warn("{} for {}: waiting since {} but not in the queue; queueing it again", waiting.jobName(), waiting.period(),
                            waiting.queuedAt());
                    dispatcher.enqueue(waiting);
                }
            }
        } catch (RuntimeException e) {
            log.warn("could not queue stranded runs, next sweep tries again: {}", e.toString());
        }
        for (Schedule schedule : catalogue.schedules()) {
            try {
                sweep(schedule);
            } catch (RuntimeException e) {
                // One job's trouble (say, the queue's storage briefly away) must not stop the others' catch-up.
                log.warn("catch-up of {} failed, next sweep tries again: {}", schedule.jobName(), e.toString());
            }
        }
    }

    /** Sweeps one job and returns what it planned. */
    public CatchUpPlan sweep(Schedule schedule) {
        Optional<SchedulePauses.PauseState> pause = pauses.state(schedule.jobName());
        if (pause.map(SchedulePauses.PauseState::paused).orElse(false)) {
            return CatchUpPlan.NOTHING;
        }
        Instant now = clock.instant();
        CatchUpPlan plan = CatchUpPlanner.plan(schedule, ledger.latestScheduledPeriod(schedule.jobName()),
                pause.flatMap(SchedulePauses.PauseState::resumedAt), now, settings.catchUpGrace(), settings.maxSkippedRows());
        if (plan.isEmpty()) {
            return plan;
        }
        int recorded = 0;
        for (CatchUpPlan.Skip skip : plan.skipped()) {
            if (ledger.recordSkipped(schedule.jobName(), skip.period(), RunTrigger.CATCH_UP, skip.reason(), now)) {
                metrics.skipped(schedule.jobName());
                recorded++;
            }
        }
        if (recorded > 0 || plan.omitted() > 0) {
            log.info("{}: {} missed period(s) recorded as skipped{}", schedule.jobName(), recorded,
                    plan.omitted() > 0 ? " (" + plan.omitted() + " older ones not recorded one by one)" : "");
        }
        plan.run().ifPresent(period -> {
            log.info("{}: catching up period {} once", schedule.jobName(), period);
            dispatcher.dispatch(schedule.jobName(), period, 0, RunTrigger.CATCH_UP, period);
        });
        return plan;
    }
}
