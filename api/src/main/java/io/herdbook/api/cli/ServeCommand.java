package io.herdbook.api.cli;

import io.herdbook.scheduler.node.NodeIdentity;
import io.herdbook.scheduler.node.NodeRoles;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * {@code herdbook serve [--roles api,scheduler,worker]}: runs as a node until stopped, doing what its
 * roles say (all three by default; {@code --roles} is the same as {@code --herdbook.roles=}).
 */
final class ServeCommand {

    static final String USAGE = "Usage: herdbook serve [--roles api,scheduler,worker] [--name=value ...]";
    private static final String ROLES_PROPERTY = "--" + NodeRoles.PROPERTY + "=";

    private final PrintStream out;
    private final PrintStream err;

    ServeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        List<String> properties;
        try {
            properties = properties(args);
        } catch (IllegalArgumentException e) {
            err.println("herdbook serve: " + e.getMessage());
            err.println(USAGE);
            return Cli.USAGE;
        }
        try {
            ConfigurableApplicationContext context = Node.serve(properties);
            out.println(describe(context));
            return Cli.KEEP_RUNNING;
        } catch (RuntimeException e) {
            err.println("herdbook serve: " + Failures.reason(e));
            return 1;
        }
    }

    /**
     * The Spring properties to start with, {@code --roles} among them; roles named on the command line
     * are checked here, so a typo is a usage error before anything starts.
     */
    static List<String> properties(List<String> args) {
        Arguments arguments = Arguments.parse(args, Set.of("roles"), Set.of());
        if (!arguments.positional().isEmpty()) {
            throw new IllegalArgumentException("serve takes no arguments but --roles and --name=value settings");
        }
        List<String> properties = new ArrayList<>(arguments.properties());
        Optional<String> named = properties.stream().filter(p -> p.startsWith(ROLES_PROPERTY)).findFirst();
        Optional<String> roles = arguments.option("roles");
        if (roles.isPresent() && named.isPresent()) {
            throw new IllegalArgumentException("give --roles or " + ROLES_PROPERTY + "..., not both");
        }
        named.map(p -> p.substring(ROLES_PROPERTY.length())).or(() -> roles).ifPresent(NodeRoles::parse);
        roles.ifPresent(list -> properties.add(ROLES_PROPERTY + list));
        return properties;
    }

    private static String describe(ConfigurableApplicationContext context) {
        Environment environment = context.getEnvironment();
        StringBuilder line = new StringBuilder("Herdbook node ").append(context.getBean(NodeIdentity.class).name())
                .append(" serving as ").append(context.getBean(NodeRoles.class));
        String port = environment.getProperty("local.server.port");
        if (port != null) {
            line.append("; API on http://localhost:").append(port).append("/api/v1");
        }
        if (environment.getProperty("jobrunr.dashboard.enabled", Boolean.class, false)) {
            line.append("; JobRunr dashboard on http://localhost:").append(environment.getProperty("jobrunr.dashboard.port"))
                    .append("/dashboard (user ").append(environment.getProperty("jobrunr.dashboard.username")).append(')');
        }
        return line.append("  (Ctrl-C to stop)").toString();
    }
}
