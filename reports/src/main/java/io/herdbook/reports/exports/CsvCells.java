package io.herdbook.reports.exports;

import io.herdbook.jobs.payouts.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How values become CSV cells. Text that a spreadsheet would read as a formula gets a leading {@code '} (C10):
 * a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, TAB or CR. Only text goes through the guard;
 * numbers, dates and instants are written as they are, so {@code -12.50} stays {@code -12.50}. A missing value
 * is an empty cell.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** Free text (names, handles, URLs, notes, references) guarded against formula injection. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }

    /** Money: two decimals, plain notation, half-even (C12, {@link Money#text}). */
    public static String money(BigDecimal amount) {
        return amount == null ? "" : Money.text(amount);
    }

    /** An instant as ISO-8601 UTC ({@code 2026-09-08T02:23:34Z}; a fraction only when there is one). */
    public static String instant(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** A local date as ISO-8601 ({@code 2026-09-07}). */
    public static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** A count or id, as its decimal digits. */
    public static String number(Long value) {
        return value == null ? "" : value.toString();
    }
}
