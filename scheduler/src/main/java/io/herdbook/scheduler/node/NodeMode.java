package io.herdbook.scheduler.node;

import java.util.Locale;

/**
 * How the process runs, as the CLI says in {@code herdbook.node.mode}: a long-running node whose roles
 * apply, or one command that does its work and exits. Unset (tests, embedding) counts as one-shot.
 */
public enum NodeMode {

    /** {@code herdbook serve}: the roles decide the web server, the Quartz member and the JobRunr worker. */
    SERVE,
    /** {@code run}, {@code track}, the demo: no Quartz triggers, no background server, no dashboard. */
    ONE_SHOT;

    /** The setting the CLI passes. */
    public static final String PROPERTY = "herdbook.node.mode";

    /** The value of {@link #PROPERTY}: {@code serve} or {@code one-shot}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @throws IllegalArgumentException for anything but {@code serve} or {@code one-shot} */
    public static NodeMode parse(String value) {
        for (NodeMode mode : values()) {
            if (mode.configName().equals(value.trim())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown " + PROPERTY + " '" + value + "'; valid: serve, one-shot");
    }
}
