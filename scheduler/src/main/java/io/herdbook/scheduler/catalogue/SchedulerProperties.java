package io.herdbook.scheduler.catalogue;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the clock ({@code herdbook.scheduler.*}) and per-job overrides ({@code herdbook.schedule.<job>.*}).
 *
 * @param scheduler the clock as a whole
 * @param schedule  per job: another cron, another catch-up horizon
 */
@ConfigurationProperties("herdbook")
public record SchedulerProperties(@DefaultValue ClockSettings scheduler, Map<String, Override> schedule) {

    public SchedulerProperties {
        schedule = schedule == null ? Map.of() : Map.copyOf(schedule);
    }

    /**
     * @param catchUpHorizon   a missed period older than this is recorded as skipped, not run
     * @param catchUpGrace     how late a fire may be before the catch-up sweep, not Quartz, claims it
     * @param catchUpInterval  how often a scheduler node looks for missed periods
     * @param maxSkippedRows   missed periods recorded one by one per job and sweep; older ones are only counted in the log
     * @param maxBackfill      periods one backfill request may ask for
     * @param maxQueueWait     a run queued longer than this, with no worker taking it, makes the node's health DOWN
     */
    public record ClockSettings(
            @DefaultValue("6h") Duration catchUpHorizon,
            @DefaultValue("60s") Duration catchUpGrace,
            @DefaultValue("60s") Duration catchUpInterval,
            @DefaultValue("1000") int maxSkippedRows,
            @DefaultValue("1000") int maxBackfill,
            @DefaultValue("30m") Duration maxQueueWait) {
    }

    /** A job's own settings; {@code null} means the default. */
    public record Override(String cron, Duration catchUpHorizon) {
        static final Override NONE = new Override(null, null);
    }
}
