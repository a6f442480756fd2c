package io.herdbook.reports.range;

import io.herdbook.jobs.goals.SupportedDates;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Whole days {@code from}..{@code to} (both included) in a project's time zone, read as the half-open
 * instant interval [{@link #start()}, {@link #end()}) (C11). Shared by every report that takes a range of days
 * (the sentiment radar, the payout exports).
 *
 * @param zone the project's zone, so "a day" is the day its people live in (DST days have 23 or 25 hours)
 */
public record DateRange(LocalDate from, LocalDate to, ZoneId zone) {

    /** The default range: the last 30 days, today included. */
    public static final int DEFAULT_DAYS = 30;
    /** The longest range asked for: a leap year. Longer ranges are refused rather than silently cut. */
    public static final int MAX_DAYS = 366;

    public DateRange {
        SupportedDates.require(from, "from");
        SupportedDates.require(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > MAX_DAYS) {
            throw new IllegalArgumentException("a range is at most " + MAX_DAYS + " days; " + from + ".." + to + " is " + days);
        }
    }

    /**
     * The range asked for, with defaults: no {@code to} is today (by the clock, in the zone); no
     * {@code from} is the {@value #DEFAULT_DAYS} days ending at {@code to}.
     */
    public static DateRange of(LocalDate from, LocalDate to, ZoneId zone, Clock clock) {
        SupportedDates.require(from, "from");
        SupportedDates.require(to, "to");
        LocalDate end = to != null ? to : LocalDate.ofInstant(clock.instant(), zone);
        return new DateRange(from != null ? from : end.minusDays(DEFAULT_DAYS - 1), end, zone);
    }

    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
