package io.herdbook.api.cli;

import io.herdbook.scheduler.control.ScheduleControls;
import io.herdbook.scheduler.control.ScheduleView;
import java.io.PrintStream;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code herdbook pause JOB} and {@code herdbook resume JOB}: stop or restart a job's schedule on every
 * node, and print its new state. The periods a schedule was paused for are not run when it resumes.
 */
final class PauseCommand extends JobCommand {

    /** Who changed the schedule, as the pause table records it. */
    static final String BY = "cli";

    private final boolean pause;

    private PauseCommand(PrintStream out, PrintStream err, boolean pause) {
        super(out, err, pause ? "pause" : "resume", "Usage: herdbook " + (pause ? "pause" : "resume") + " JOB");
        this.pause = pause;
    }

    static PauseCommand pause(PrintStream out, PrintStream err) {
        return new PauseCommand(out, err, true);
    }

    static PauseCommand resume(PrintStream out, PrintStream err) {
        return new PauseCommand(out, err, false);
    }

    @Override
    Optional<String> check(Arguments arguments) {
        return oneJob(arguments, 1, 1);
    }

    @Override
    int execute(Arguments arguments, ConfigurableApplicationContext context) throws Exception {
        String job = arguments.positional().getFirst();
        ScheduleControls controls = context.getBean(ScheduleControls.class);
        ScheduleView view = pause ? controls.pause(job, BY) : controls.resume(job, BY);
        out.println(job + " ('" + view.cron() + "' UTC): " + (view.paused()
                ? "paused; no node runs it until it is resumed"
                : "running; next period " + view.nextPeriod()));
        return 0;
    }
}
