package io.herdbook.reports.creators;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A keyset position in a creator's posts: (posted_at, id), so posts sharing a time are neither
 * skipped nor repeated. Serialised as an opaque URL-safe token.
 */
public record PostCursor(Instant postedAt, long id) {

    public String token() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((postedAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a token made by {@link #token()}. @throws IllegalArgumentException if it is not one */
    public static PostCursor parse(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", 2);
            return new PostCursor(Instant.parse(parts[0]), Long.parseLong(parts[1]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a cursor of this list: " + token);
        }
    }
}
