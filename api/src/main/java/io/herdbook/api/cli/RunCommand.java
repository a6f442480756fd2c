package io.herdbook.api.cli;

import io.herdbook.jobs.launch.JobLaunches;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code herdbook run JOB}: runs one job once for the current slot, prints its counts, exits 0 if it completed. */
final class RunCommand {

    private final PrintStream out;
    private final PrintStream err;

    RunCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        List<String> positional = args.stream().filter(a -> !a.startsWith("--")).toList();
        if (positional.size() != 1) {
            err.println("Usage: herdbook run JOB   (jobs: discovery, stats-refresh)");
            return Cli.USAGE;
        }
        try (ConfigurableApplicationContext context = Node.start(false, Node.properties(args))) {
            JobLaunches jobs = context.getBean(JobLaunches.class);
            Instant slot = context.getBean(Clock.class).instant().truncatedTo(ChronoUnit.SECONDS);
            JobExecution execution = jobs.run(positional.get(0), slot);
            for (StepExecution step : execution.getStepExecutions()) {
                out.printf("%s %s: read %d, written %d, skipped %d%n", execution.getJobInstance().getJobName(),
                        step.getStepName(), step.getReadCount(), step.getWriteCount(), step.getSkipCount());
            }
            out.println(execution.getJobInstance().getJobName() + " for slot " + slot + ": " + execution.getStatus());
            return execution.getStatus() == BatchStatus.COMPLETED ? 0 : 1;
        } catch (JobLaunches.UnknownJobException e) {
            err.println("herdbook run: " + e.getMessage());
            return Cli.USAGE;
        } catch (Exception e) {
            err.println("herdbook run: " + e.getMessage());
            return 1;
        }
    }
}
