package io.herdbook.api.cli;

import io.herdbook.jobs.tracking.CreatorStore;
import io.herdbook.jobs.tracking.TenantStore;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code herdbook track HANDLE... [--organisation SLUG] [--project SLUG]}: registers creators for the
 * jobs to follow. Every handle is checked before any is written, so a bad one changes nothing.
 */
final class TrackCommand {

    /** The platform's handles: letters, digits, underscores and dots. */
    private static final Pattern HANDLE = Pattern.compile("[A-Za-z0-9._]{1,64}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    private final PrintStream out;
    private final PrintStream err;

    TrackCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        String organisation = "default";
        String project = "default";
        List<String> handles = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if ((arg.equals("--organisation") || arg.equals("--project")) && i + 1 < args.size()) {
                if (arg.equals("--organisation")) {
                    organisation = args.get(++i);
                } else {
                    project = args.get(++i);
                }
            } else if (arg.startsWith("--") && arg.contains("=")) {
                continue; // a Spring property, passed on below
            } else if (arg.startsWith("--")) {
                return usage("unknown option " + arg);
            } else {
                String handle = arg.startsWith("@") ? arg.substring(1) : arg;
                if (!HANDLE.matcher(handle).matches()) {
                    return usage("'" + arg + "' is not a handle (letters, digits, '_' and '.')");
                }
                handles.add(handle);
            }
        }
        if (handles.isEmpty()) {
            return usage("name at least one handle");
        }
        if (!SLUG.matcher(organisation).matches() || !SLUG.matcher(project).matches()) {
            return usage("organisation and project are slugs: lower-case letters, digits and '-'");
        }
        try (ConfigurableApplicationContext context = Node.start(false, Node.properties(args))) {
            TenantStore tenants = context.getBean(TenantStore.class);
            long projectId = tenants.ensureProject(tenants.ensureOrganisation(organisation, organisation), project, project);
            CreatorStore creators = context.getBean(CreatorStore.class);
            for (String handle : handles) {
                out.println("tracking @" + handle + " in " + organisation + "/" + project + " (creator " + creators.register(projectId, handle) + ")");
            }
            return 0;
        }
    }

    private int usage(String problem) {
        err.println("herdbook track: " + problem);
        err.println("Usage: herdbook track HANDLE... [--organisation SLUG] [--project SLUG]");
        return Cli.USAGE;
    }
}
