package io.herdbook.api.cli;

import io.herdbook.jobs.launch.JobLaunches;
import io.herdbook.jobs.launch.JobNames;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
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
            JobExecution execution = context.getBean(JobLaunches.class).run(job, slot);
            for (StepExecution step : execution.getStepExecutions()) {
                out.printf("%s %s: read %d, written %d, skipped %d%n", job, step.getStepName(), step.getReadCount(),
                        step.getWriteCount(), step.getSkipCount());
            }
            out.println(job + " for slot " + slot + ": " + execution.getStatus());
            return execution.getStatus() == BatchStatus.COMPLETED ? 0 : 1;
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
