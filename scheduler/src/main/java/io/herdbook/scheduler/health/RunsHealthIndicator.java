package io.herdbook.scheduler.health;

import io.herdbook.scheduler.catalogue.SchedulerProperties;
import io.herdbook.scheduler.ledger.Run;
import io.herdbook.scheduler.ledger.RunLedger;
import io.herdbook.scheduler.ledger.RunStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code runs} health of the cluster, read from the run ledger ({@code /actuator/health}).
 * DOWN when a run has waited longer than {@code herdbook.scheduler.max-queue-wait} for a worker (no
 * worker is alive, or all are stuck), or when a job's latest finished run failed after its retries;
 * the details name the job, the period and why, so an operator knows where to look.
 */
@Component("runs")
public class RunsHealthIndicator implements HealthIndicator {

    private final RunLedger ledger;
    private final Duration maxQueueWait;
    private final Clock clock;

    public RunsHealthIndicator(RunLedger ledger, SchedulerProperties properties, Clock clock) {
        this.ledger = ledger;
        this.maxQueueWait = properties.scheduler().maxQueueWait();
        this.clock = clock;
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        Map<String, Object> details = new LinkedHashMap<>();
        boolean down = false;
        Optional<Run> oldest = ledger.oldestQueued();
        details.put("queued", ledger.queued());
        if (oldest.isPresent()) {
            Duration waiting = Duration.between(oldest.get().queuedAt(), now);
            details.put("longestWait", describe(oldest.get()) + " waiting " + waiting.withNanos(0));
            if (waiting.compareTo(maxQueueWait) > 0) {
                down = true;
                details.put("problem", "a run has waited more than " + maxQueueWait + " for a worker: is any worker node running?");
            }
        }
        List<Run> failed = ledger.latestFinishedPerJob().stream().filter(run -> run.status() == RunStatus.FAILED).toList();
        if (!failed.isEmpty()) {
            down = true;
            Map<String, String> failures = new LinkedHashMap<>();
            failed.forEach(run -> failures.put(run.jobName(), describe(run) + ": " + run.message()));
            details.put("failedJobs", failures);
        }
        return (down ? Health.down() : Health.up()).withDetails(details).build();
    }

    private static String describe(Run run) {
        return run.jobName() + " for " + run.period() + (run.revision() > 0 ? " (revision " + run.revision() + ")" : "") + ", run " + run.id();
    }
}
