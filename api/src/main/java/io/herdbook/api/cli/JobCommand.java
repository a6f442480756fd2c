package io.herdbook.api.cli;

import io.herdbook.scheduler.catalogue.JobCatalogue;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the one-shot commands on the job catalogue share ({@code jobs}, {@code runs}, {@code pause},
 * {@code resume}, {@code backfill}, {@code run-now}): strict argument parsing, a usage error (exit 64)
 * before anything starts for a wrong argument or a job that is not in the catalogue, and a one-line
 * error (exit 1) when the application refuses or fails.
 */
abstract class JobCommand {

    protected final PrintStream out;
    protected final PrintStream err;
    private final String name;
    private final String usage;

    JobCommand(PrintStream out, PrintStream err, String name, String usage) {
        this.out = out;
        this.err = err;
        this.name = name;
        this.usage = usage;
    }

    /** Options of this command that take a value (none by default). */
    Set<String> valueOptions() {
        return Set.of();
    }

    /** Options that take no value (none by default). */
    Set<String> switchOptions() {
        return Set.of();
    }

    /**
     * Checks the arguments before the application starts.
     *
     * @return the problem with them, if any
     */
    abstract Optional<String> check(Arguments arguments);

    /** Does the work in the started application and returns the exit status. */
    abstract int execute(Arguments arguments, ConfigurableApplicationContext context) throws Exception;

    final int run(List<String> args) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args, valueOptions(), switchOptions());
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        Optional<String> problem;
        try {
            problem = check(arguments);
        } catch (IllegalArgumentException e) {
            problem = Optional.of(e.getMessage());
        }
        if (problem.isPresent()) {
            return usage(problem.get());
        }
        try (ConfigurableApplicationContext context = Node.start(false, arguments.properties())) {
            return execute(arguments, context);
        } catch (Exception e) {
            return refused(Failures.reason(e));
        }
    }

    /** A one-line error for an action the application refused or could not carry out: exit 1. */
    final int refused(String reason) {
        err.println("herdbook " + name + ": " + reason);
        return 1;
    }

    /** The problem with naming exactly one job, which must be in the catalogue; checked without a database. */
    static Optional<String> oneJob(Arguments arguments, int positionalAtLeast, int positionalAtMost) {
        int count = arguments.positional().size();
        if (count < positionalAtLeast || count > positionalAtMost) {
            return Optional.of(count == 0 ? "name a job" : "too many arguments: " + String.join(" ", arguments.positional()));
        }
        String job = arguments.positional().getFirst();
        if (!JobCatalogue.DEFAULT_CRONS.containsKey(job)) {
            return Optional.of("no job named '" + job + "'; known jobs: " + String.join(", ", JobCatalogue.DEFAULT_CRONS.keySet()));
        }
        return Optional.empty();
    }

    private int usage(String problem) {
        err.println("herdbook " + name + ": " + problem);
        err.println(usage);
        return Cli.USAGE;
    }
}
