package io.herdbook.reports.exports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * One kind of export as SQL and columns: the query of a project's rows in a UTC window, ordered (time, id), the
 * cheap count of the same rows, the header, and the cells of one row. Every query takes the same four parameters:
 * organisation, project, window start (included), window end (excluded).
 */
interface ExportRows {

    List<String> header();

    /** The rows, in the export's order. */
    String select();

    /** {@code count(*)} of the rows {@link #select()} returns, without their joins. */
    String count();

    /** Fills {@code cells} (one per header column) from the cursor's current row. */
    void cells(ResultSet rs, ExportProject project, String[] cells) throws SQLException;

    static ExportRows of(ExportKind kind) {
        return switch (kind) {
            case ACCRUALS -> AccrualRows.INSTANCE;
            case PAYMENTS -> PaymentRows.INSTANCE;
        };
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static LocalDate localDate(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDate.ofInstant(instant, zone);
    }

    static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
