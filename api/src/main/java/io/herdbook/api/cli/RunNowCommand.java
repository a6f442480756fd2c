package io.herdbook.api.cli;

import io.herdbook.scheduler.control.Backfills;
import io.herdbook.scheduler.runs.RunDispatcher;
import java.io.PrintStream;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code herdbook run-now JOB}: queues a run of the job for a worker, for the current second, outside
 * its schedule. Unlike {@code run JOB} it does not run the job here: a {@code serve} node with the
 * worker role does, and {@code herdbook runs JOB} shows how it went.
 */
final class RunNowCommand extends JobCommand {

    RunNowCommand(PrintStream out, PrintStream err) {
        super(out, err, "run-now", "Usage: herdbook run-now JOB");
    }

    @Override
    Optional<String> check(Arguments arguments) {
        return oneJob(arguments, 1, 1);
    }

    @Override
    int execute(Arguments arguments, ConfigurableApplicationContext context) {
        String job = arguments.positional().getFirst();
        RunDispatcher.Dispatch dispatch = context.getBean(Backfills.class).runNow(job);
        String run = "run " + dispatch.run().id() + " for " + dispatch.run().period();
        out.println(switch (dispatch) {
            case RunDispatcher.Dispatch.Queued queued -> job + ": queued: a worker runs it (" + run
                    + "); see herdbook runs " + job;
            case RunDispatcher.Dispatch.AlreadyThere there -> job + ": already " + there.run().status() + " (" + run + ")";
        });
        return 0;
    }
}
