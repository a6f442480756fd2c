package io.herdbook.api.videos;

import java.util.List;

/**
 * A bulk action that changed nothing because some of its ids were refused: not the caller's (404: unknown and another
 * organisation's ids alike, C18/C19) or not in a state the action applies to (409).
 */
final class RefusedIdsException extends RuntimeException {

    private final boolean notFound;
    private final transient List<Long> ids;

    private RefusedIdsException(boolean notFound, String message, List<Long> ids) {
        super(message);
        this.notFound = notFound;
        this.ids = List.copyOf(ids);
    }

    static RefusedIdsException notFound(List<Long> ids) {
        return new RefusedIdsException(true, "no such videos: " + ids + "; nothing was changed", ids);
    }

    static RefusedIdsException conflict(String message, List<Long> ids) {
        return new RefusedIdsException(false, message + ": " + ids + "; nothing was changed", ids);
    }

    boolean notFound() {
        return notFound;
    }

    List<Long> ids() {
        return ids;
    }
}
