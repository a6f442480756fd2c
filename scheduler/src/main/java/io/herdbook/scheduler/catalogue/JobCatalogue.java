package io.herdbook.scheduler.catalogue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every scheduled Herdbook job, in DESIGN.md's catalogue order: the one place that says when each
 * job runs. Operators move a job with {@code herdbook.schedule.<job>.cron} (tests make one fire every
 * few seconds) and change how late a missed period may still run with
 * {@code herdbook.schedule.<job>.catch-up-horizon} or, for all jobs, {@code herdbook.scheduler.catch-up-horizon}.
 */
@Component
public class JobCatalogue {

    /** The default cron of each job (Quartz syntax, UTC). */
    public static final Map<String, String> DEFAULT_CRONS = defaults();

    private final Map<String, Schedule> schedules = new LinkedHashMap<>();

    public JobCatalogue(SchedulerProperties properties) {
        DEFAULT_CRONS.forEach((job, cron) -> {
            SchedulerProperties.Override override = properties.schedule().getOrDefault(job, SchedulerProperties.Override.NONE);
            Duration horizon = override.catchUpHorizon() != null ? override.catchUpHorizon() : properties.scheduler().catchUpHorizon();
            schedules.put(job, new Schedule(job, override.cron() != null ? override.cron() : cron, horizon));
        });
        properties.schedule().keySet().stream().filter(job -> !DEFAULT_CRONS.containsKey(job)).findFirst().ifPresent(job -> {
            throw new IllegalArgumentException("herdbook.schedule." + job + ": no such job; the catalogue has " + String.join(", ", DEFAULT_CRONS.keySet()));
        });
    }

    /** All schedules, in catalogue order. */
    public List<Schedule> schedules() {
        return List.copyOf(schedules.values());
    }

    public Optional<Schedule> find(String jobName) {
        return Optional.ofNullable(schedules.get(jobName));
    }

    /** The schedule of {@code jobName}, or an {@link UnknownScheduleException} naming the ones there are. */
    public Schedule get(String jobName) {
        return find(jobName).orElseThrow(() -> new UnknownScheduleException(jobName, schedules.keySet()));
    }

    private static Map<String, String> defaults() {
        Map<String, String> crons = new LinkedHashMap<>();
        crons.put("discovery", "0 0 * * * ?");          // hourly
        crons.put("deep-reconcile", "0 30 * * * ?");    // hourly, half past, away from discovery
        crons.put("stats-refresh", "0 0/15 * * * ?");   // every 15 minutes
        crons.put("comment-sweep", "0 0 0/6 * * ?");    // 00:00, 06:00, 12:00, 18:00
        crons.put("health-check", "0 5 * * * ?");       // hourly at :05
        crons.put("anomaly-check", "0 15 8 * * ?");     // 08:15
        crons.put("daily-digest", "0 30 14 * * ?");     // 14:30
        crons.put("goal-evaluation", "0 10 * * * ?");   // hourly; the job itself acts on periods closed >= 48 h ago
        crons.put("video-expiry", "0 45 3 * * ?");      // daily, at a quiet hour
        return java.util.Collections.unmodifiableMap(crons);
    }

    /** A job name that is not in the catalogue. */
    public static final class UnknownScheduleException extends IllegalArgumentException {
        public UnknownScheduleException(String name, java.util.Collection<String> known) {
            super("no job named '" + name + "' in the catalogue; jobs: " + String.join(", ", known));
        }
    }
}
