package io.herdbook.scheduler.metrics;

import io.herdbook.scheduler.catalogue.JobCatalogue;
import io.herdbook.scheduler.catalogue.Schedule;
import io.herdbook.scheduler.ledger.RunLedger;
import io.herdbook.scheduler.ledger.RunTrigger;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The {@code herdbook.runs.*} meters. Their exported names are an interface that dashboards and alert
 * rules depend on (case C14), pinned by a test: counters {@code herdbook_runs_started_total},
 * {@code _completed_total}, {@code _failed_total}, {@code _skipped_total}; timers
 * {@code herdbook_runs_duration_seconds} (tag outcome) and {@code herdbook_runs_lateness_seconds}
 * (actual start − scheduled time); gauge {@code herdbook_runs_queue_depth} (runs waiting for a worker).
 * Every meter but the gauge is tagged with the job.
 */
@Component
public class RunMetrics {

    static final String PREFIX = "herdbook.runs.";

    private final MeterRegistry registry;

    public RunMetrics(MeterRegistry registry, RunLedger ledger, JobCatalogue catalogue) {
        this.registry = registry;
        Gauge.builder(PREFIX + "queue.depth", ledger, RunMetrics::queuedOrNaN)
                .description("Runs claimed in the ledger and waiting for a worker")
                .register(registry);
        // Every job's counters exist from the start at zero, so "no failures yet" reads 0, not "no data".
        for (Schedule schedule : catalogue.schedules()) {
            for (String what : new String[] {"started", "completed", "failed", "skipped"}) {
                counter(what, schedule.jobName());
            }
        }
    }

    /**
     * A run's first attempt started. Lateness is recorded for the schedule's own runs only: a backfill or a
     * run now is "scheduled" at its period, often long past, which says nothing about how late the cluster is.
     */
    public void started(String job, RunTrigger trigger, Duration lateness) {
        counter("started", job).increment();
        if (trigger == RunTrigger.SCHEDULE || trigger == RunTrigger.CATCH_UP) {
            Timer.builder(PREFIX + "lateness").description("Actual start of a scheduled run minus its scheduled time")
                    .tag("job", job).register(registry).record(lateness.isNegative() ? Duration.ZERO : lateness);
        }
    }

    public void completed(String job, Duration took) {
        counter("completed", job).increment();
        duration(job, "completed").record(took);
    }

    /**
     * An attempt failed. The run counts as failed only when no retry is left; an attempt that will be
     * retried is timed under outcome {@code retried}.
     */
    public void failed(String job, Duration took, boolean retriesLeft) {
        if (retriesLeft) {
            duration(job, "retried").record(took);
            return;
        }
        counter("failed", job).increment();
        duration(job, "failed").record(took);
    }

    public void skipped(String job) {
        counter("skipped", job).increment();
    }

    private Counter counter(String what, String job) {
        return Counter.builder(PREFIX + what).description("Runs " + what + ", per job").tag("job", job).register(registry);
    }

    private Timer duration(String job, String outcome) {
        return Timer.builder(PREFIX + "duration").description("How long an attempt at a run took")
                .tag("job", job).tag("outcome", outcome).register(registry);
    }

    private static double queuedOrNaN(RunLedger ledger) {
        try {
            return ledger.queued();
        } catch (RuntimeException e) {
            return Double.NaN; // the database is away: report "unknown", never a misleading zero
        }
    }
}
