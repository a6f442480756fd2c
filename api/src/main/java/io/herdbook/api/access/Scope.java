package io.herdbook.api.access;

import java.util.Locale;
import java.util.Optional;

/**
 * What an endpoint needs of the key that calls it. A key holds some of {@code read}, {@code write} and {@code
 * admin}; each covers the ones before it. {@link #PLATFORM} is not a key's scope: it is {@code admin} held by a
 * platform operator, for what reaches past one organisation (plan tiers, limit overrides, job controls).
 */
public enum Scope {
    READ, WRITE, ADMIN, PLATFORM;

    /** The word in a key's scopes and in errors: {@code read}, {@code write}, {@code admin}, {@code platform}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A key scope from its word; {@code platform} is not one. */
    public static Optional<Scope> ofKeyWord(String word) {
        for (Scope scope : values()) {
            if (scope != PLATFORM && scope.word().equals(word)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }
}
