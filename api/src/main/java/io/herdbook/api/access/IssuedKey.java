package io.herdbook.api.access;

import java.time.Instant;
import java.util.Set;

/** A key just issued: the only time its secret exists outside its holder's hands. */
public record IssuedKey(long id, long organisationId, long userId, String name, String prefix, String secret, Set<Scope> scopes,
                        Instant createdAt) {
}
