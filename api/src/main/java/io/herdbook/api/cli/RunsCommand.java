package io.herdbook.api.cli;

import io.herdbook.scheduler.ledger.Run;
import io.herdbook.scheduler.ledger.RunLedger;
import java.io.PrintStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code herdbook runs JOB [--limit N] [--before INSTANT]}: the job's ledger rows, newest period first. */
final class RunsCommand extends JobCommand {

    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 1000;

    RunsCommand(PrintStream out, PrintStream err) {
        super(out, err, "runs", "Usage: herdbook runs JOB [--limit N (1.." + MAX_LIMIT + ", default " + DEFAULT_LIMIT
                + ")] [--before INSTANT (periods strictly before it, e.g. 2026-12-01T10:00:00Z)]");
    }

    @Override
    Set<String> valueOptions() {
        return Set.of("limit", "before");
    }

    @Override
    Optional<String> check(Arguments arguments) {
        limit(arguments);
        before(arguments);
        return oneJob(arguments, 1, 1);
    }

    @Override
    int execute(Arguments arguments, ConfigurableApplicationContext context) {
        String job = arguments.positional().getFirst();
        List<Run> runs = context.getBean(RunLedger.class).list(job, before(arguments), limit(arguments));
        TextTable table = new TextTable("PERIOD", "REV", "TRIGGER", "STATUS", "NODE", "ATTEMPTS", "STARTED", "FINISHED",
                "READ/WRITTEN/SKIPPED", "MESSAGE");
        for (Run run : runs) {
            table.row(run.period(), run.revision(), run.trigger(), run.status(), run.node(), run.attempts(), run.startedAt(),
                    run.finishedAt(), run.readCount() + "/" + run.writeCount() + "/" + run.skipCount(), run.message());
        }
        if (table.size() == 0) {
            out.println(job + ": no runs in the ledger" + (before(arguments) == null ? "" : " before " + before(arguments)));
        } else {
            table.print(out);
        }
        return 0;
    }

    private static int limit(Arguments arguments) {
        String text = arguments.option("limit").orElse(String.valueOf(DEFAULT_LIMIT));
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("--limit must be a whole number from 1 to " + MAX_LIMIT + ", was '" + text + "'");
    }

    private static Instant before(Arguments arguments) {
        Optional<String> text = arguments.option("before");
        try {
            return text.map(Instant::parse).orElse(null);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--before must be an ISO instant such as 2026-12-01T10:00:00Z, was '" + text.get() + "'");
        }
    }
}
