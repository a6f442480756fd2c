package io.herdbook.scheduler.clock;

import io.herdbook.scheduler.catalogue.SchedulerProperties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes a node with a running Quartz scheduler (the {@code scheduler} role) a member of the clock:
 * once the application is ready it registers the catalogue's triggers, sweeps for missed periods,
 * and keeps sweeping every {@code herdbook.scheduler.catch-up-interval}. A node whose Quartz does not
 * run (a one-shot command, a worker-only node) does none of this.
 */
@Component
public class SchedulerClock {

    private static final Logger log = LoggerFactory.getLogger(SchedulerClock.class);

    private final Scheduler scheduler;
    private final CatalogueTriggers triggers;
    private final CatchUpSweep sweep;
    private final SchedulerProperties.ClockSettings settings;
    private ScheduledExecutorService sweeper;

    public SchedulerClock(Scheduler scheduler, CatalogueTriggers triggers, CatchUpSweep sweep, SchedulerProperties properties) {
        this.scheduler = scheduler;
        this.triggers = triggers;
        this.sweep = sweep;
        this.settings = properties.scheduler();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() throws SchedulerException {
        if (!scheduler.isStarted() || scheduler.isInStandbyMode()) {
            return;
        }
        triggers.register(scheduler);
        sweeper = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("herdbook-catch-up").daemon().factory());
        long interval = settings.catchUpInterval().toMillis();
        sweeper.scheduleWithFixedDelay(sweep::sweep, 0, interval, TimeUnit.MILLISECONDS);
        log.info("scheduler member {}: catalogue registered, catch-up every {}", scheduler.getSchedulerInstanceId(), settings.catchUpInterval());
    }

    /** Whether this node is a member of the clock. */
    public boolean isMember() {
        return sweeper != null;
    }

    @jakarta.annotation.PreDestroy
    public void stop() {
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
    }
}
