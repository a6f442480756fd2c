package io.herdbook.api.access;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A person's place in an organisation, and the most a key of theirs can do there. */
public enum Role {
    OWNER(EnumSet.of(Scope.READ, Scope.WRITE, Scope.ADMIN)),
    ADMIN(EnumSet.of(Scope.READ, Scope.WRITE, Scope.ADMIN)),
    MEMBER(EnumSet.of(Scope.READ, Scope.WRITE));

    private final Set<Scope> ceiling;

    Role(Set<Scope> ceiling) {
        this.ceiling = ceiling;
    }

    /** The key scopes this role may hold: a member's keys never act as admin, even if issued so before a demotion. */
    public Set<Scope> ceiling() {
        return ceiling;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> ofWord(String word) {
        for (Role role : values()) {
            if (role.word().equals(word)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
