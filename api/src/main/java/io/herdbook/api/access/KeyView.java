package io.herdbook.api.access;

import java.time.Instant;
import java.util.List;

/**
 * A key as the API shows it. {@code secret} is there only in the answer that issued the key, never again.
 */
public record KeyView(long id, long userId, String name, String prefix, List<String> scopes, Instant createdAt,
                      Instant lastUsedAt, Instant revokedAt, String secret) {

    static KeyView of(ApiKeys.KeyView key) {
        return new KeyView(key.id(), key.userId(), key.name(), key.prefix(), words(key.scopes()), key.createdAt(), key.lastUsedAt(),
                key.revokedAt(), null);
    }

    static KeyView issued(IssuedKey key) {
        return new KeyView(key.id(), key.userId(), key.name(), key.prefix(), words(key.scopes()), key.createdAt(), null, null, key.secret());
    }

    private static List<String> words(java.util.Set<Scope> scopes) {
        return scopes.stream().sorted().map(Scope::word).toList();
    }
}
