package io.herdbook.reports.creators;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A keyset position in a creator's posts: (posted_at, id), so posts sharing a time are neither
 * skipped nor repeated. Serialised as an opaque URL-safe token.
 */
public record PostCursor(Instant postedAt, long id) {

    /** The range a post time can have: TikTok began in 2016; nothing is posted in the far future. */
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    public String token() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((postedAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a token made by {@link #token()}. @throws IllegalArgumentException if it is not one */
    public static PostCursor parse(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", 2);
            Instant postedAt = Instant.parse(parts[0]);
            long id = Long.parseLong(parts[1]);
            // A forged token must be refused here, not reach the database as an out-of-range timestamp.
            if (postedAt.isBefore(EARLIEST) || postedAt.isAfter(LATEST) || id < 1) {
                throw new IllegalArgumentException("out of range");
            }
            return new PostCursor(postedAt, id);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a cursor of this list: " + token);
        }
    }
}
