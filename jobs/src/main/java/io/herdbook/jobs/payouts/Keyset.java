package io.herdbook.jobs.payouts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A keyset position in a list ordered by (a time, id): accrual lines by accrual time, payments by payment
 * time. Serialised as an opaque URL-safe token tagged with its list, so one list's cursor is refused by another.
 */
public record Keyset(String list, Instant at, long id) {

    /** The range a time can have; a forged token is refused here, not by the database. */
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    public String token() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((list + "|" + at + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a token made by {@link #token()} for {@code list}. @throws IllegalArgumentException if it is not one */
    public static Keyset parse(String list, String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", 3);
            Instant at = Instant.parse(parts[1]);
            long id = Long.parseLong(parts[2]);
            if (!parts[0].equals(list) || id < 1 || at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
                throw new IllegalArgumentException("another list's cursor");
            }
            return new Keyset(list, at, id);
        } catch (RuntimeException e) {
            String shown = token.length() > 64 ? token.substring(0, 64) + "…" : token;
            throw new IllegalArgumentException("cursor is not one this list gave out: " + shown);
        }
    }
}
