package io.herdbook.api.rest;

import io.herdbook.scheduler.ledger.Run;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A keyset position in a job's runs: the (period, revision) of the last run of a page, since a period
 * can have several revisions. Serialised as an opaque URL-safe token.
 */
record RunCursor(Instant period, int revision) {

    /** The range a period can have; a forged token is refused here, not by the database. */
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    static RunCursor after(Run run) {
        return new RunCursor(run.period(), run.revision());
    }

    String token() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((period + "|" + revision).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a token made by {@link #token()}. @throws IllegalArgumentException if it is not one */
    static RunCursor parse(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", 2);
            Instant period = Instant.parse(parts[0]);
            int revision = Integer.parseInt(parts[1]);
            if (period.isBefore(EARLIEST) || period.isAfter(LATEST) || revision < 0) {
                throw new IllegalArgumentException("out of range");
            }
            return new RunCursor(period, revision);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a cursor of this list: " + token);
        }
    }
}
