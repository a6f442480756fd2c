package io.herdbook.api.rest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A keyset position in the projects list: the (created_at, id) of a page's last project. Projects made in one
 * transaction share created_at, so the id is part of the position (C21). Serialised as an opaque URL-safe token.
 */
record ProjectCursor(Instant createdAt, long id) {

    /** The range a creation time can have; a forged token is refused here, not by the database. */
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    static ProjectCursor after(ProjectView project) {
        return new ProjectCursor(project.createdAt(), project.id());
    }

    String token() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((createdAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a token made by {@link #token()}. @throws IllegalArgumentException if it is not one */
    static ProjectCursor parse(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", 2);
            ProjectCursor cursor = new ProjectCursor(Instant.parse(parts[0]), Long.parseLong(parts[1]));
            if (cursor.id() <= 0 || cursor.createdAt().isBefore(EARLIEST) || cursor.createdAt().isAfter(LATEST)) {
                throw new IllegalArgumentException("out of range");
            }
            return cursor;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a cursor of this list: " + token);
        }
    }
}
