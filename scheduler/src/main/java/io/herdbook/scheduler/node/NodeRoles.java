package io.herdbook.scheduler.node;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roles a node was started with ({@code herdbook.roles}, a comma list; all three by default).
 * They take effect when the node serves ({@code herdbook serve}); the one-shot commands run none of
 * them (see {@link RoleDefaults}).
 *
 * @param roles never empty
 */
public record NodeRoles(Set<NodeRole> roles) {

    /** The setting that names them. */
    public static final String PROPERTY = "herdbook.roles";
    /** A laptop's node: everything. */
    public static final NodeRoles ALL = new NodeRoles(EnumSet.allOf(NodeRole.class));

    public NodeRoles {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a node needs at least one role; valid roles: " + valid());
        }
        roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /**
     * Parses a comma list such as {@code api,worker}; blanks around names are ignored.
     *
     * @throws IllegalArgumentException naming the first unknown role and the valid ones, or if the list is empty
     */
    public static NodeRoles parse(String list) {
        Set<NodeRole> roles = EnumSet.noneOf(NodeRole.class);
        for (String name : list.split(",", -1)) {
            String trimmed = name.trim();
            if (trimmed.isEmpty() && list.isBlank()) {
                continue;
            }
            roles.add(Arrays.stream(NodeRole.values())
                    .filter(role -> role.configName().equals(trimmed.toLowerCase(Locale.ROOT)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "unknown node role '" + trimmed + "' in " + PROPERTY + "=" + list + "; valid roles: " + valid())));
        }
        return new NodeRoles(roles);
    }

    public boolean has(NodeRole role) {
        return roles.contains(role);
    }

    /** The valid role names, comma-separated, for messages. */
    public static String valid() {
        return Arrays.stream(NodeRole.values()).map(NodeRole::configName).collect(Collectors.joining(", "));
    }

    /** As written in {@code herdbook.roles}: {@code api,scheduler,worker}. */
    @Override
    public String toString() {
        return roles.stream().map(NodeRole::configName).collect(Collectors.joining(","));
    }
}
