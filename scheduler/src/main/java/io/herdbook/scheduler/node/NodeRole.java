package io.herdbook.scheduler.node;

import java.util.Locale;

/** What a node does; {@code herdbook.roles} names them in lower case. */
public enum NodeRole {

    /** Serves HTTP: the REST API and the JobRunr dashboard. */
    API,
    /** Is a member of the Quartz cluster: fires the catalogue's triggers. */
    SCHEDULER,
    /** Runs a JobRunr background server: takes queued work. */
    WORKER;

    /** The name used in {@code herdbook.roles} and {@code --roles}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
