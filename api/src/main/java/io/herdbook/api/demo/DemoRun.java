package io.herdbook.api.demo;

import io.herdbook.api.access.ApiKeys;
import io.herdbook.api.access.IssuedKey;
import io.herdbook.api.access.Scope;
import java.util.EnumSet;
import org.springframework.jdbc.core.JdbcTemplate;
import io.herdbook.jobs.discovery.DiscoveryJobConfiguration;
import io.herdbook.scheduler.control.LocalRuns;
import io.herdbook.scheduler.ledger.Run;
import io.herdbook.scheduler.ledger.RunStatus;
import io.herdbook.jobs.refresh.StatsRefreshJobConfiguration;
import io.herdbook.jobs.tracking.CreatorStore;
import io.herdbook.jobs.tracking.TenantStore;
import io.herdbook.reports.creators.CreatorSummaries;
import io.herdbook.reports.creators.CreatorSummary;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/** Registers the demo creators, runs discovery then stats-refresh for one slot, and reads back the result. */
@Component
public class DemoRun {

    /** The demo's organisation. */
    public static final String ORGANISATION = "default";
    /** The demo's project in it. */
    public static final String PROJECT = "demo";
    /** The demo organisation's owner, who holds the key the demo prints. */
    public static final String OWNER = "demo@herdbook.local";

    private final TenantStore tenants;
    private final CreatorStore creators;
    private final LocalRuns jobs;
    private final CreatorSummaries summaries;
    private final Clock clock;
    private final ApiKeys keys;
    private final JdbcTemplate jdbc;

    public DemoRun(TenantStore tenants, CreatorStore creators, LocalRuns jobs, CreatorSummaries summaries, Clock clock, ApiKeys keys,
                   JdbcTemplate jdbc) {
        this.keys = keys;
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.creators = creators;
        this.jobs = jobs;
        this.summaries = summaries;
        this.clock = clock;
    }

    /** What one demo run did. */
    public record Result(Instant slot, List<Run> runs, List<CreatorSummary> creators) {

        public boolean succeeded() {
            return runs.stream().allMatch(run -> run.status() == RunStatus.COMPLETED);
        }
    }

    public Result run(Collection<String> handles) {
        long organisation = tenants.ensureOrganisation(ORGANISATION, ORGANISATION);
        long project = tenants.ensureProject(organisation, PROJECT, "Demo");
        handles.forEach(handle -> creators.register(project, handle));
        // One slot for both jobs; second precision keeps two runs a second apart distinct.
        Instant slot = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<Run> runs = new ArrayList<>();
        for (String job : List.of(DiscoveryJobConfiguration.JOB_NAME, StatsRefreshJobConfiguration.JOB_NAME)) {
            runs.add(jobs.run(job, slot));
        }
        return new Result(slot, runs, summaries.creators(organisation, 0, 10_000));
    }

    /**
     * A new key with every scope for the demo organisation's owner, who is a platform admin too, so that every
     * endpoint can be tried against the demo; each call issues another (a secret is shown once, never stored). The
     * demo organisation is put on the Starter plan.
     */
    public IssuedKey demoKey() {
        long organisation = tenants.ensureOrganisation(ORGANISATION, ORGANISATION);
        // Free allows one project and ten creators, which the demo itself nearly fills: Starter leaves room to try the
        // API (and its limits are still there to meet). Only a free organisation is moved; an operator's choice stays.
        jdbc.update("UPDATE organisations SET plan = 'starter' WHERE id = ? AND plan = 'free'", organisation);
        return keys.bootstrap(organisation, OWNER, "demo", EnumSet.of(Scope.READ, Scope.WRITE, Scope.ADMIN), true);
    }
}
