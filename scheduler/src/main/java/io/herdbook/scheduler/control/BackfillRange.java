package io.herdbook.scheduler.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The closed range {@code [from, to]} of a backfill as an operator writes it: each end an ISO instant
 * ({@code 2026-12-01T10:00:00Z}) or a date ({@code 2026-12-01}), a date meaning that whole UTC day —
 * from its first second as the start, through its last second as the end. Periods are whole seconds,
 * so the last second of a day is the latest period it can hold.
 */
public record BackfillRange(Instant from, Instant to) {

    /** The years a period can be in: the ledger's timestamps, with room, and no overflow on the way. */
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    /**
     * @param to the end, or {@code null} for the same as {@code from} (one instant, or one whole day)
     * @throws InvalidRangeException naming the end that is neither an instant nor a date
     */
    public static BackfillRange parse(String from, String to) {
        if (from == null || from.isBlank()) {
            throw new InvalidRangeException("from is required: an ISO instant (2026-12-01T10:00:00Z) or a date (2026-12-01)");
        }
        return new BackfillRange(start(from), end(to == null ? from : to));
    }

    /** The first instant of a range that starts at {@code text}: the instant itself, or a day's first second. */
    public static Instant start(String text) {
        return text.contains("T") ? instant("from", text) : day("from", text).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The last instant of a range that ends at {@code text}: the instant itself, or a day's last second. */
    public static Instant end(String text) {
        return text.contains("T") ? instant("to", text)
                : day("to", text).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
    }

    private static Instant instant(String name, String text) {
        try {
            return inRange(name, Instant.parse(text));
        } catch (DateTimeParseException e) {
            throw invalid(name, text);
        }
    }

    private static LocalDate day(String name, String text) {
        try {
            LocalDate day = LocalDate.parse(text);
            inRange(name, day.atStartOfDay(ZoneOffset.UTC).toInstant());
            return day;
        } catch (DateTimeParseException e) {
            throw invalid(name, text);
        }
    }

    private static Instant inRange(String name, Instant instant) {
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new InvalidRangeException(name + " " + instant + " is outside " + EARLIEST + " .. " + LATEST);
        }
        return instant;
    }

    private static InvalidRangeException invalid(String name, String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return new InvalidRangeException(name + " '" + shown + "' is neither an ISO instant (2026-12-01T10:00:00Z) nor a date (2026-12-01)");
    }

    /** An end of a range that cannot be read; the message names it ({@code from} or {@code to}). */
    public static final class InvalidRangeException extends IllegalArgumentException {
        public InvalidRangeException(String message) {
            super(message);
        }
    }
}
