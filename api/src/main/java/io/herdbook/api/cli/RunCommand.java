package io.herdbook.api.cli;

import io.herdbook.jobs.launch.JobNames;
import io.herdbook.scheduler.control.LocalRuns;
import io.herdbook.scheduler.ledger.Run;
import io.herdbook.scheduler.ledger.RunStatus;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code herdbook run JOB}: runs one job once for the current slot, prints its counts, exits 0 if it completed. */
final class RunCommand {

    private static final String USAGE = "Usage: herdbook run JOB   (jobs: " + String.join(", ", JobNames.CATALOGUE) + ")";

    private final PrintStream out;
    private final PrintStream err;

    RunCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args, Set.of(), Set.of());
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        if (arguments.positional().size() != 1) {
            return usage("name one job");
        }
        String job = arguments.positional().getFirst();
        if (!JobNames.CATALOGUE.contains(job)) {
            // Checked before anything starts: a typo costs nothing.
            return usage("no job named '" + job + "'; known jobs: " + String.join(", ", JobNames.CATALOGUE));
        }
        try (ConfigurableApplicationContext context = Node.start(false, arguments.properties())) {
            Instant slot = context.getBean(Clock.class).instant().truncatedTo(ChronoUnit.SECONDS);
            Run run = context.getBean(LocalRuns.class).run(job, slot);
            out.printf("%s: read %d, written %d, skipped %d%n", job, run.readCount(), run.writeCount(), run.skipCount());
            out.println(job + " for slot " + slot + ": " + run.status() + " (run " + run.id() + " in the ledger"
                    + (run.message() == null ? "" : "; " + run.message()) + ")");
            return run.status() == RunStatus.COMPLETED ? 0 : 1;
        } catch (Exception e) {
            err.println("herdbook run: " + Failures.reason(e));
            return 1;
        }
    }

    private int usage(String problem) {
        err.println("herdbook run: " + problem);
        err.println(USAGE);
        return Cli.USAGE;
    }
}
