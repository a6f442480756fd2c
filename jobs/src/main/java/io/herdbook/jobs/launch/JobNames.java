package io.herdbook.jobs.launch;

import io.herdbook.jobs.discovery.DiscoveryJobConfiguration;
import io.herdbook.jobs.refresh.StatsRefreshJobConfiguration;
import java.util.List;

/** The names of the jobs in this build, known without starting anything (the CLI checks a name first). */
public final class JobNames {

    /** Every job, in the order the demo runs them. */
    public static final List<String> ALL = List.of(DiscoveryJobConfiguration.JOB_NAME, StatsRefreshJobConfiguration.JOB_NAME);

    private JobNames() {
    }
}
