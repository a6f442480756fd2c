package io.herdbook.jobs.tracking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Instant ⇄ timestamptz without the JVM's default time zone ever taking part. */
public final class Sql {

    private Sql() {
    }

    /** The value to bind for a {@code timestamptz} parameter; null stays null. */
    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * A {@code timestamptz} value as text for an array parameter ({@code ?::timestamptz[]}): ISO-8601 with its
     * {@code Z}, so the server reads it as UTC whatever the session's zone, and rounded half-up to the
     * microsecond as the driver rounds a bound {@link OffsetDateTime}, so both ways store the same instant.
     * Null stays null.
     */
    public static String utcText(Instant instant) {
        return instant == null ? null : instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS).toString();
    }

    /** Reads a {@code timestamptz} column; SQL NULL is null. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** Reads a nullable {@code bigint} column. */
    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
