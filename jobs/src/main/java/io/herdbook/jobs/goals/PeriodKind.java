package io.herdbook.jobs.goals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * How a goal or payout structure cuts time: ISO weeks (Monday to Monday) or calendar months, as local
 * days in the project's time zone. Stored as text ({@code goals.period}, {@code payout_structures.period}).
 */
public enum PeriodKind {
    WEEKLY {
        @Override
        public LocalDate startOf(LocalDate day) {
            return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }

        @Override
        LocalDate after(LocalDate start) {
            return start.plusWeeks(1);
        }
    },
    MONTHLY {
        @Override
        public LocalDate startOf(LocalDate day) {
            return day.withDayOfMonth(1);
        }

        @Override
        LocalDate after(LocalDate start) {
            return start.plusMonths(1);
        }
    };

    /** The first local day of the period that contains {@code day}. */
    public abstract LocalDate startOf(LocalDate day);

    /** The first local day of the period after the one starting on {@code start}. */
    abstract LocalDate after(LocalDate start);

    /** The kind named by {@code text} in any case; an unknown name is an {@link IllegalArgumentException} naming the valid ones. */
    public static PeriodKind parse(String text) {
        for (PeriodKind kind : values()) {
            if (kind.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("period must be WEEKLY or MONTHLY, not '" + text + "'");
    }
}
