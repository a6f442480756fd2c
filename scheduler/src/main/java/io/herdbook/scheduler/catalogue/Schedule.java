package io.herdbook.scheduler.catalogue;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;
import org.quartz.CronExpression;

/**
 * One entry of the job catalogue: when a job is due, and for how long a missed period is still worth
 * running. A job's <em>period</em> is the cron slot it was due at (UTC, whole seconds): the Quartz fire
 * of 10:15:00 and a catch-up of that fire both run period 10:15:00, so they are the same run.
 *
 * @param jobName         the Spring Batch job's name
 * @param cron            a Quartz cron expression (seconds first), evaluated in UTC
 * @param catchUpHorizon  a missed period older than this, when a scheduler comes back, is recorded as
 *                        skipped instead of run
 */
public record Schedule(String jobName, String cron, Duration catchUpHorizon) {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    public Schedule {
        Objects.requireNonNull(jobName, "jobName");
        if (!CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("herdbook.schedule." + jobName + ".cron: '" + cron
                    + "' is not a Quartz cron expression (seconds minutes hours day-of-month month day-of-week)");
        }
        if (catchUpHorizon.isNegative()) {
            throw new IllegalArgumentException("herdbook.schedule." + jobName + ".catch-up-horizon must not be negative");
        }
    }

    /** The Quartz expression, in UTC. */
    public CronExpression expression() {
        try {
            CronExpression expression = new CronExpression(cron);
            expression.setTimeZone(UTC);
            return expression;
        } catch (ParseException e) {
            throw new IllegalStateException(e); // validated in the constructor
        }
    }

    /** The first period strictly after {@code instant}, or {@code null} if the cron never fires again. */
    public Instant periodAfter(Instant instant) {
        Date next = expression().getTimeAfter(Date.from(instant));
        return next == null ? null : next.toInstant();
    }

    /** Whether {@code instant} is one of this schedule's periods. */
    public boolean isPeriod(Instant instant) {
        return instant.getNano() == 0 && instant.equals(periodAfter(instant.minusSeconds(1)));
    }

    /**
     * The latest period at or before {@code instant}, or {@code null} if there is none in the last
     * year. Quartz cannot step a cron backwards, so this widens a window back from {@code instant}
     * until it holds a period and walks forward from there: a window at most twice the gap between
     * two periods, so only a few steps whatever the cron.
     */
    public Instant latestPeriodAtOrBefore(Instant instant) {
        CronExpression expression = expression();
        Date end = Date.from(instant);
        for (Duration window = Duration.ofSeconds(2); window.compareTo(Duration.ofDays(400)) <= 0; window = window.multipliedBy(2)) {
            Date candidate = expression.getTimeAfter(Date.from(instant.minus(window)));
            if (candidate != null && !candidate.after(end)) {
                Date latest = candidate;
                for (Date next = expression.getTimeAfter(latest); next != null && !next.after(end); next = expression.getTimeAfter(latest)) {
                    latest = next;
                }
                return latest.toInstant();
            }
        }
        return null;
    }

    /** The periods in {@code [from, to]}, oldest first, at most {@code limit} of them. */
    public List<Instant> periodsBetween(Instant from, Instant to, int limit) {
        List<Instant> periods = new ArrayList<>();
        for (Instant period = periodAfter(from.minusSeconds(1)); period != null && !period.isAfter(to) && periods.size() < limit;
             period = periodAfter(period)) {
            periods.add(period);
        }
        return periods;
    }
}
