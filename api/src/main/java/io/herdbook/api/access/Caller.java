package io.herdbook.api.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who a request is served for: the key that authenticated it, its holder, the organisation the key belongs
 * to and the scopes it can use there (the key's, cut down to what the holder's role allows today). {@code suspension}
 * is the reason a platform operator banned the organisation or the person, null when neither is banned.
 */
public record Caller(long keyId, long userId, long organisationId, Role role, Set<Scope> scopes, boolean platformAdmin, String suspension) {

    public Caller {
        scopes = scopes.isEmpty() ? EnumSet.noneOf(Scope.class) : EnumSet.copyOf(scopes);
    }

    /** Whether this caller may use an endpoint that needs {@code needed}; each key scope covers the ones below it. */
    public boolean holds(Scope needed) {
        return switch (needed) {
            case READ -> !scopes.isEmpty();
            case WRITE -> scopes.contains(Scope.WRITE) || scopes.contains(Scope.ADMIN);
            case ADMIN -> scopes.contains(Scope.ADMIN);
            case PLATFORM -> scopes.contains(Scope.ADMIN) && platformAdmin;
        };
    }
}
