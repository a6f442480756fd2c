package io.herdbook.api.cli;

import io.herdbook.jobs.archive.Reparse;
import io.herdbook.jobs.archive.ReparseRange;
import io.herdbook.jobs.archive.ReparseSummary;
import io.herdbook.jobs.discovery.DiscoveryJobConfiguration;
import io.herdbook.jobs.reconcile.DeepReconcileJobConfiguration;
import io.herdbook.jobs.refresh.StatsRefreshJobConfiguration;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code herdbook reparse [--job JOB] [--from INSTANT] [--to INSTANT]}: derives posts and stats snapshots again from
 * the raw archive with this build's parser, without fetching, and prints what changed. The work is
 * {@link Reparse}'s; this only reads the arguments and prints the summary.
 */
final class ReparseCommand extends JobCommand {

    /** The jobs that keep payloads in the archive. */
    static final List<String> ARCHIVING_JOBS = List.of(DiscoveryJobConfiguration.JOB_NAME,
            DeepReconcileJobConfiguration.JOB_NAME, StatsRefreshJobConfiguration.JOB_NAME);

    ReparseCommand(PrintStream out, PrintStream err) {
        super(out, err, "reparse", "Usage: herdbook reparse [--job " + String.join("|", ARCHIVING_JOBS)
                + "] [--from INSTANT] [--to INSTANT] (slots from..to, both included; 2026-12-01T10:00:00Z, or 2026-12-01 for"
                + " that whole UTC day)");
    }

    @Override
    Set<String> valueOptions() {
        return Set.of("job", "from", "to");
    }

    @Override
    Optional<String> check(Arguments arguments) {
        if (!arguments.positional().isEmpty()) {
            return Optional.of("unexpected argument " + arguments.positional().getFirst());
        }
        Optional<String> job = arguments.option("job");
        if (job.isPresent() && !ARCHIVING_JOBS.contains(job.get())) {
            return Optional.of("--job must be one of the jobs that archive what they fetch: " + String.join(", ", ARCHIVING_JOBS)
                    + "; was '" + job.get() + "'");
        }
        range(arguments);
        return Optional.empty();
    }

    @Override
    int execute(Arguments arguments, ConfigurableApplicationContext context) {
        ReparseSummary s = context.getBean(Reparse.class).run(range(arguments));
        out.println("reparse: " + s.payloadsRead() + " archived payloads read");
        out.println("  posts added:          " + s.postsAdded());
        out.println("  snapshots written:    " + s.snapshotsWritten() + " (missing before)");
        out.println("  snapshots changed:    " + s.snapshotsChanged());
        out.println("  snapshots unchanged:  " + s.snapshotsUnchanged());
        out.println("  not data now:        " + s.notParsed() + " (private or gone accounts, refusals; " + s.notParsedWereData()
                + " of them were data when fetched: a parser regression)");
        out.println("  nothing to apply:     " + s.unused() + " (private profiles, pages of another post, without stats or all zero after views, posts gone)");
        if (s.frozenInPayoutLines() > 0) {
            out.println("  payout lines on changed snapshots: " + s.frozenInPayoutLines()
                    + " (they keep the views they were computed from; re-evaluate the period to pay a difference)");
        }
        return 0;
    }

    private static ReparseRange range(Arguments arguments) {
        Instant from = instant(arguments, "from", false);
        Instant to = instant(arguments, "to", true);
        return new ReparseRange(arguments.option("job").orElse(null), from, to);
    }

    /** An instant as written, or a date as its first second ({@code --from}) or last ({@code --to}) in UTC. */
    private static Instant instant(Arguments arguments, String name, boolean endOfDay) {
        Optional<String> text = arguments.option(name);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(text.get());
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate day = LocalDate.parse(text.get());
                return endOfDay ? day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1000)
                        : day.atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                throw new IllegalArgumentException("--" + name + " must be an ISO instant such as 2026-12-01T10:00:00Z or a date"
                        + " such as 2026-12-01, was '" + text.get() + "'");
            }
        }
    }
}
