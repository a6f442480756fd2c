package io.herdbook.api.cli;

import io.herdbook.jobs.platform.Handles;
import io.herdbook.jobs.tracking.CreatorStore;
import io.herdbook.jobs.tracking.TenantStore;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code herdbook track HANDLE|LINK... [--organisation SLUG] [--project SLUG]}: registers creators for
 * the jobs to follow. Every argument is checked before any is written, so a bad one changes nothing.
 */
final class TrackCommand {

    /** The organisation {@code track} and {@code api-key} use without {@code --organisation}, and the demo uses. */
    static final String DEFAULT_ORGANISATION = "default";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final String USAGE = "Usage: herdbook track HANDLE|LINK... [--organisation SLUG] [--project SLUG]";

    private final PrintStream out;
    private final PrintStream err;

    TrackCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args, Set.of("organisation", "project"), Set.of());
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        String organisation = arguments.option("organisation").orElse(DEFAULT_ORGANISATION);
        String project = arguments.option("project").orElse("default");
        if (!SLUG.matcher(organisation).matches() || !SLUG.matcher(project).matches()) {
            return usage("organisation and project are slugs: lower-case letters, digits and '-'");
        }
        List<String> handles = new ArrayList<>();
        for (String input : arguments.positional()) {
            Optional<String> handle = Handles.fromInput(input);
            if (handle.isEmpty()) {
                return usage("'" + input + "' is neither a handle (letters, digits, '_' and '.') nor a link to one");
            }
            handles.add(handle.get());
        }
        if (handles.isEmpty()) {
            return usage("name at least one handle");
        }
        try (ConfigurableApplicationContext context = Node.start(false, arguments.properties())) {
            TenantStore tenants = context.getBean(TenantStore.class);
            long projectId = tenants.ensureProject(tenants.ensureOrganisation(organisation, organisation), project, project);
            CreatorStore creators = context.getBean(CreatorStore.class);
            for (String handle : handles) {
                // Asking to track a creator again is an operator's word: one marked gone is followed again, the same
                // record with its posts and history. One auto-disabled as private or unreachable waits for a re-enable.
                CreatorStore.Registration registered = creators.registerOrReactivate(projectId, handle, "cli");
                String was = registered.reactivatedFrom().map(previous -> ", was " + previous + ", active again")
                        .or(() -> registered.stillDisabled().map(reason -> ", DISABLED (" + reason + "): re-enable it with POST /api/v1/creators/"
                                + registered.id() + "/re-enable"))
                        .orElse("");
                out.println("tracking @" + handle + " in " + organisation + "/" + project + " (creator " + registered.id() + was + ")");
            }
            return 0;
        } catch (RuntimeException e) {
            err.println("herdbook track: " + Failures.reason(e));
            return 1;
        }
    }

    private int usage(String problem) {
        err.println("herdbook track: " + problem);
        err.println(USAGE);
        return Cli.USAGE;
    }
}
