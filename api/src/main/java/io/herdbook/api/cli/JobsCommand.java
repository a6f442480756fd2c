package io.herdbook.api.cli;

import io.herdbook.scheduler.control.ScheduleControls;
import io.herdbook.scheduler.control.ScheduleView;
import java.io.PrintStream;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code herdbook jobs}: the catalogue as a table — each job's cron (UTC), whether it is paused, its next period and last run. */
final class JobsCommand extends JobCommand {

    JobsCommand(PrintStream out, PrintStream err) {
        super(out, err, "jobs", "Usage: herdbook jobs");
    }

    @Override
    Optional<String> check(Arguments arguments) {
        return arguments.positional().isEmpty() ? Optional.empty()
                : Optional.of("takes no arguments, was: " + String.join(" ", arguments.positional()));
    }

    @Override
    int execute(Arguments arguments, ConfigurableApplicationContext context) {
        TextTable table = new TextTable("JOB", "CRON (UTC)", "PAUSED", "NEXT PERIOD", "LAST RUN");
        for (ScheduleView view : context.getBean(ScheduleControls.class).list()) {
            table.row(view.jobName(), view.cron(), view.paused() ? "paused" : "no", view.nextPeriod(),
                    view.lastRun().map(run -> run.period() + " " + run.status()).orElse("never"));
        }
        table.print(out);
        return 0;
    }
}
