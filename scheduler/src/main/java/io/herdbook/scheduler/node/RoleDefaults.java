package io.herdbook.scheduler.node;

import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns {@code herdbook.roles} into the settings the frameworks read, as defaults: any of those settings
 * configured explicitly (command line, environment, {@code application.properties}) still wins.
 * Registered in {@code META-INF/spring.factories}; runs after the configuration files were read.
 *
 * <table>
 * <caption>what each role sets when the node serves</caption>
 * <tr><th>role</th><th>present</th><th>absent</th></tr>
 * <tr><td>{@code api}</td><td>servlet web server; JobRunr dashboard on {@code herdbook.dashboard.port} (8000)</td>
 *     <td>no web server, no dashboard</td></tr>
 * <tr><td>{@code scheduler}</td><td>{@code spring.quartz.auto-startup=true}</td><td>{@code false}</td></tr>
 * <tr><td>{@code worker}</td><td>JobRunr background server, polling every 5 s</td><td>none</td></tr>
 * </table>
 * Whatever its roles, a serving node hands a run's partitions to the queue ({@code herdbook.partitions.dispatch=jobrunr}).
 *
 * <p>A one-shot command ({@link NodeMode#ONE_SHOT}) gets no Quartz start, no background server and no
 * dashboard. Whenever the dashboard is on, it gets credentials (see {@link DashboardCredentials}): it is
 * never started open.
 */
public class RoleDefaults implements EnvironmentPostProcessor {

    /** The property source this adds, lowest but for Spring's own defaults. */
    public static final String SOURCE = "herdbook-role-defaults";

    static final String WEB_TYPE = "spring.main.web-application-type";
    static final String QUARTZ_AUTO_STARTUP = "spring.quartz.auto-startup";
    static final String WORKER_ENABLED = "jobrunr.background-job-server.enabled";
    static final String WORKER_POLL_SECONDS = "jobrunr.background-job-server.poll-interval-in-seconds";
    static final String WORKER_TIMEOUT_MULTIPLICAND = "jobrunr.background-job-server.server-timeout-poll-interval-multiplicand";
    static final String WORKER_NAME = "jobrunr.background-job-server.name";
    static final String PARTITION_DISPATCH = "herdbook.partitions.dispatch";
    static final String DASHBOARD_ENABLED = "jobrunr.dashboard.enabled";
    static final String DASHBOARD_PORT = "jobrunr.dashboard.port";
    static final String DASHBOARD_USERNAME = "jobrunr.dashboard.username";
    static final String DASHBOARD_PASSWORD = "jobrunr.dashboard.password";

    private final Log log;

    public RoleDefaults(DeferredLogFactory logs) {
        this.log = logs.getLog(RoleDefaults.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // Parsed in every mode, so a wrong herdbook.roles fails whichever command meets it first.
        NodeRoles roles = NodeRoles.parse(environment.getProperty(NodeRoles.PROPERTY, NodeRoles.ALL.toString()));
        String mode = environment.getProperty(NodeMode.PROPERTY);
        Map<String, Object> defaults = new HashMap<>();
        // Only a serving node joins the clock and the queue. Anything else — a one-shot command, a test
        // context, an embedding — starts none of them unless told to explicitly, so it never fires a schedule.
        boolean serving = mode != null && NodeMode.parse(mode) == NodeMode.SERVE;
        defaults.putAll(serving ? serving(roles, environment) : oneShot());
        MapPropertySource source = new MapPropertySource(SOURCE, defaults);
        environment.getPropertySources().addLast(source);
        if (environment.getProperty(DASHBOARD_ENABLED, Boolean.class, false)) {
            defaults.putAll(credentials(environment));
        }
    }

    private static Map<String, Object> serving(NodeRoles roles, ConfigurableEnvironment environment) {
        Map<String, Object> defaults = new HashMap<>();
        boolean api = roles.has(NodeRole.API);
        defaults.put(WEB_TYPE, api ? "servlet" : "none");
        defaults.put(DASHBOARD_ENABLED, api);
        defaults.put(DASHBOARD_PORT, environment.getProperty(DashboardCredentials.PORT, String.valueOf(DashboardCredentials.DEFAULT_PORT)));
        defaults.put(QUARTZ_AUTO_STARTUP, roles.has(NodeRole.SCHEDULER));
        boolean worker = roles.has(NodeRole.WORKER);
        defaults.put(WORKER_ENABLED, worker);
        // On a serving node a run's partitions go to the queue, so every worker of the cluster shares them.
        defaults.put(PARTITION_DISPATCH, "jobrunr");
        if (worker) {
            // 5 s is JobRunr's lowest poll interval; it bounds how soon queued work is picked up.
            defaults.put(WORKER_POLL_SECONDS, 5);
            // A server that missed this many polls counts as dead and its running jobs are retried elsewhere;
            // 4 is JobRunr's minimum (it refuses less), so a dead worker's partition moves after ~20 s.
            defaults.put(WORKER_TIMEOUT_MULTIPLICAND, 4);
            String node = environment.getProperty("herdbook.node.name", "");
            if (!node.isBlank()) {
                defaults.put(WORKER_NAME, node);
            }
        }
        return defaults;
    }

    private static Map<String, Object> oneShot() {
        return Map.of(QUARTZ_AUTO_STARTUP, false, WORKER_ENABLED, false, DASHBOARD_ENABLED, false);
    }

    /** The dashboard's basic credentials where not configured as JobRunr settings; refuses blank ones. */
    private Map<String, Object> credentials(ConfigurableEnvironment environment) {
        Map<String, Object> credentials = new HashMap<>();
        if (environment.getProperty(DASHBOARD_USERNAME) == null) {
            credentials.put(DASHBOARD_USERNAME, environment.getProperty(DashboardCredentials.USERNAME, DashboardCredentials.DEFAULT_USERNAME));
        }
        if (environment.getProperty(DASHBOARD_PASSWORD) == null) {
            String configured = environment.getProperty(DashboardCredentials.PASSWORD);
            if (configured == null) {
                String generated = DashboardCredentials.generatePassword();
                log.warn(String.format("%n%nUsing generated JobRunr dashboard password: %s%n%nSet %s (and %s) to choose one.%n",
                        generated, DashboardCredentials.PASSWORD, DashboardCredentials.USERNAME));
                configured = generated;
            }
            credentials.put(DASHBOARD_PASSWORD, configured);
        }
        String username = environment.getProperty(DASHBOARD_USERNAME, (String) credentials.get(DASHBOARD_USERNAME));
        String password = environment.getProperty(DASHBOARD_PASSWORD, (String) credentials.get(DASHBOARD_PASSWORD));
        if (username.isBlank() || password.isBlank()) {
            // JobRunr serves its dashboard without authentication when either is empty.
            throw new IllegalStateException("the JobRunr dashboard never runs without credentials: "
                    + DashboardCredentials.USERNAME + " and " + DashboardCredentials.PASSWORD + " must not be blank");
        }
        return credentials;
    }
}
