package io.herdbook.api.writes;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A keyset position in the audit log: the (time, id) of a page's last entry. The id breaks ties between the
 * entries of one transaction, which share a time (C21). Serialised as an opaque URL-safe token.
 */
record AuditCursor(Instant at, long id) {

    String token() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((at + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a token made by {@link #token()}. @throws IllegalArgumentException if it is not one */
    static AuditCursor parse(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", 2);
            long id = Long.parseLong(parts[1]);
            if (id <= 0) {
                throw new IllegalArgumentException("id out of range");
            }
            return new AuditCursor(Instant.parse(parts[0]), id);
        } catch (RuntimeException e) {
            String shown = token.length() > 64 ? token.substring(0, 64) + "…" : token;
            throw new IllegalArgumentException("cursor is not one this list gave out: " + shown);
        }
    }
}
