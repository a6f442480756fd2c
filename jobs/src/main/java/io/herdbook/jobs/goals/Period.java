package io.herdbook.jobs.goals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One period of a goal or payout structure: local days {@code start} (included) to {@link #endDate()}
 * (excluded) in the project's zone, read as the half-open UTC window [{@link #from()}, {@link #to()}).
 * Built from local midnights, so a week across a DST change is 167 or 169 hours long (C11).
 */
public record Period(PeriodKind kind, LocalDate start, ZoneId zone) {

    public Period {
        if (!kind.startOf(start).equals(start)) {
            throw new IllegalArgumentException(start + " does not start a " + kind.name().toLowerCase() + " period");
        }
    }

    /** The period of {@code kind} that contains {@code instant} in {@code zone}. */
    public static Period containing(PeriodKind kind, Instant instant, ZoneId zone) {
        return containing(kind, LocalDate.ofInstant(instant, zone), zone);
    }

    /** The period of {@code kind} that contains the local day {@code day}. */
    public static Period containing(PeriodKind kind, LocalDate day, ZoneId zone) {
        return new Period(kind, kind.startOf(day), zone);
    }

    /** The first local day after the period. */
    public LocalDate endDate() {
        return kind.after(start);
    }

    public Instant from() {
        return start.atStartOfDay(zone).toInstant();
    }

    public Instant to() {
        return endDate().atStartOfDay(zone).toInstant();
    }

    public Period next() {
        return new Period(kind, endDate(), zone);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase() + " " + start + ".." + endDate() + " (" + zone + ")";
    }
}
