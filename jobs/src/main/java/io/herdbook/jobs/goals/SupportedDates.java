package io.herdbook.jobs.goals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The local days Herdbook reckons periods, ranges and payments in: 2000-01-01 to 2099-12-31. A date far outside them
 * (year 1 or 999999999, which ISO dates allow) would overflow a period's end or a lookback's arithmetic, so every
 * date that comes in from outside is held to this range and refused with a clear message, never stored.
 */
public final class SupportedDates {

    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private SupportedDates() {
    }

    public static boolean supported(LocalDate day) {
        return !day.isBefore(EARLIEST) && !day.isAfter(LATEST);
    }

    /** Whether {@code instant} falls on a supported day in UTC (compared as instants, so no extreme value overflows). */
    public static boolean supported(Instant instant) {
        return !instant.isBefore(EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant())
                && instant.isBefore(LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** Why {@code day} is refused, for a field's message: "must be a date from ... to ..., not ...". */
    public static String problem(Object day) {
        return "must be a date from " + EARLIEST + " to " + LATEST + ", not " + day;
    }

    /** {@code day} when supported; otherwise an {@link IllegalArgumentException} saying why (the API answers 400). */
    public static LocalDate require(LocalDate day, String field) {
        if (day != null && !supported(day)) {
            throw new IllegalArgumentException(field + " " + problem(day));
        }
        return day;
    }
}
