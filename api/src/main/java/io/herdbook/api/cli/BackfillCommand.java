package io.herdbook.api.cli;

import io.herdbook.scheduler.control.BackfillRange;
import io.herdbook.scheduler.control.Backfills;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code herdbook backfill JOB FROM [TO] [--force]}: queues the job's past periods in the range, each
 * once, and prints what became of each. Workers run them (a {@code serve} node with the worker role),
 * not this command. Exits 0 if every period was queued, 1 if any was refused (already queued, running
 * or completed) or the range was.
 */
final class BackfillCommand extends JobCommand {

    BackfillCommand(PrintStream out, PrintStream err) {
        super(out, err, "backfill", "Usage: herdbook backfill JOB FROM [TO] [--force]   (FROM, TO: 2026-12-01T10:00:00Z, or"
                + " 2026-12-01 for that whole UTC day; TO defaults to FROM; --force runs completed periods again as a new revision)");
    }

    @Override
    Set<String> switchOptions() {
        return Set.of("force");
    }

    @Override
    Optional<String> check(Arguments arguments) {
        Optional<String> problem = oneJob(arguments, 1, 3);
        if (problem.isPresent()) {
            return problem;
        }
        if (arguments.positional().size() == 1) {
            return Optional.of("name the range: FROM [TO]");
        }
        range(arguments); // an unreadable end is a usage error, found before anything starts
        return Optional.empty();
    }

    @Override
    int execute(Arguments arguments, ConfigurableApplicationContext context) {
        String job = arguments.positional().getFirst();
        BackfillRange range = range(arguments);
        List<Backfills.PeriodOutcome> outcomes;
        try {
            outcomes = context.getBean(Backfills.class).backfill(job, range.from(), range.to(), arguments.has("force"));
        } catch (Backfills.BackfillRefusedException e) {
            return refused(e.getMessage());
        }
        for (Backfills.PeriodOutcome outcome : outcomes) {
            String run = outcome.run().map(r -> " (run " + r.id() + ", revision " + r.revision() + ")").orElse("");
            out.println(job + " " + outcome.period() + ": " + (outcome.queued()
                    ? outcome.message() + run + ": a worker runs it"
                    : "refused: " + outcome.message()));
        }
        long queued = outcomes.stream().filter(Backfills.PeriodOutcome::queued).count();
        out.println(queued + " of " + outcomes.size() + " period(s) queued; workers (serve nodes with the worker role) run them");
        return queued == outcomes.size() ? 0 : 1;
    }

    private static BackfillRange range(Arguments arguments) {
        List<String> positional = arguments.positional();
        return BackfillRange.parse(positional.get(1), positional.size() > 2 ? positional.get(2) : null);
    }
}
