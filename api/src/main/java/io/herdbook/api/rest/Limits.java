package io.herdbook.api.rest;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Validation of list parameters, failing with a 400 problem that names the parameter. */
final class Limits {

    static final int MAX = 200;

    private Limits() {
    }

    static int limit(int requested) {
        if (requested < 1 || requested > MAX) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be between 1 and " + MAX + ", was " + requested);
        }
        return requested;
    }

    /** A 400 for a cursor this list never gave out; the echo is cut short, whatever was sent. */
    static ResponseStatusException badCursor(String cursor) {
        String shown = cursor.length() > 64 ? cursor.substring(0, 64) + "…" : cursor;
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, "cursor is not one this list gave out: " + shown);
    }

    static long afterId(String cursor) {
        if (cursor == null) {
            return 0;
        }
        try {
            long id = Long.parseLong(cursor);
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to the 400 below
        }
        throw badCursor(cursor);
    }
}
