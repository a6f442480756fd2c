package io.herdbook.scheduler.control;

import io.herdbook.scheduler.catalogue.JobCatalogue;
import io.herdbook.scheduler.catalogue.Schedule;
import io.herdbook.scheduler.catalogue.SchedulerProperties;
import io.herdbook.scheduler.ledger.Run;
import io.herdbook.scheduler.ledger.RunLedger;
import io.herdbook.scheduler.ledger.RunStatus;
import io.herdbook.scheduler.ledger.RunTrigger;
import io.herdbook.scheduler.runs.RunDispatcher;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Operator-requested runs: a backfill of past periods and a run now.
 *
 * <p>A backfill names a period or a range; each period in it runs once. A period that never ran, or
 * was skipped, or failed after its retries, is queued (a failed one resumes from its last committed
 * chunk); one that is queued or running is left to finish; one that completed is refused — unless
 * forced, when it runs again as a new revision (a new Spring Batch instance, a new ledger row), which
 * is how an operator re-does a period on purpose. Repeating a backfill therefore queues nothing.
 */
@Service
public class Backfills {

    private final JobCatalogue catalogue;
    private final RunLedger ledger;
    private final RunDispatcher dispatcher;
    private final SchedulerProperties.ClockSettings settings;
    private final Clock clock;

    public Backfills(JobCatalogue catalogue, RunLedger ledger, RunDispatcher dispatcher, SchedulerProperties properties, Clock clock) {
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.dispatcher = dispatcher;
        this.settings = properties.scheduler();
        this.clock = clock;
    }

    /** What became of one period of a backfill. */
    public record PeriodOutcome(Instant period, boolean queued, Optional<Run> run, String message) {
    }

    /**
     * Backfills {@code jobName}'s periods in {@code [from, to]}.
     *
     * @throws BackfillRefusedException if the range holds no period, reaches into the future, or is too long
     */
    public List<PeriodOutcome> backfill(String jobName, Instant from, Instant to, boolean force) {
        Schedule schedule = catalogue.get(jobName);
        Instant now = clock.instant();
        if (to.isBefore(from)) {
            throw new BackfillRefusedException("the range ends (" + to + ") before it starts (" + from + ")");
        }
        if (to.isAfter(now)) {
            throw new BackfillRefusedException("a backfill is for past periods; " + to + " is in the future (now " + now.truncatedTo(ChronoUnit.SECONDS) + ")");
        }
        List<Instant> periods = schedule.periodsBetween(from, to, settings.maxBackfill() + 1);
        if (periods.isEmpty()) {
            Instant before = schedule.latestPeriodAtOrBefore(from);
            throw new BackfillRefusedException("no period of " + jobName + " (cron '" + schedule.cron() + "' UTC) lies in " + from + " .. " + to
                    + "; the nearest are " + before + " and " + schedule.periodAfter(from));
        }
        if (periods.size() > settings.maxBackfill()) {
            throw new BackfillRefusedException("the range holds more than " + settings.maxBackfill() + " periods of " + jobName
                    + "; backfill it in parts (herdbook.scheduler.max-backfill)");
        }
        List<PeriodOutcome> outcomes = new ArrayList<>();
        for (Instant period : periods) {
            outcomes.add(backfill(jobName, period, force));
        }
        return outcomes;
    }

    private PeriodOutcome backfill(String jobName, Instant period, boolean force) {
        // The period's latest revision decides: an earlier revision that completed says nothing about a
        // forced re-run still in the queue.
        Optional<Run> existing = ledger.latestRevision(jobName, period);
        if (existing.isEmpty()) {
            return outcome(period, dispatcher.dispatch(jobName, period, 0, RunTrigger.BACKFILL, period), "queued");
        }
        Run run = existing.get();
        String revision = run.revision() > 0 ? ", revision " + run.revision() : "";
        if (run.status() == RunStatus.SKIPPED || run.status() == RunStatus.FAILED) {
            return ledger.reopen(run.id(), RunTrigger.BACKFILL, clock.instant())
                    .map(reopened -> new PeriodOutcome(period, true, Optional.of(dispatcher.enqueue(reopened)),
                            "queued (was " + run.status().name().toLowerCase() + revision + ")"))
                    .orElseGet(() -> new PeriodOutcome(period, false, ledger.find(run.id()), "taken by another request meanwhile"));
        }
        if (run.status() == RunStatus.QUEUED && !dispatcher.isInQueue(run)) {
            // Claimed but its queue job is gone (deleted in the dashboard, or never queued): queue it again.
            return new PeriodOutcome(period, true, Optional.of(dispatcher.enqueue(run)), "queued again (its queue job was gone)");
        }
        if (run.status().isOpen()) {
            return new PeriodOutcome(period, false, Optional.of(run),
                    "already " + run.status().name().toLowerCase() + " (run " + run.id() + revision + ")");
        }
        if (!force) {
            return new PeriodOutcome(period, false, Optional.of(run), "already completed (run " + run.id() + revision
                    + "); force it to run again as a new revision");
        }
        int next = run.revision() + 1;
        return outcome(period, dispatcher.dispatch(jobName, period, next, RunTrigger.BACKFILL, period), "queued as revision " + next);
    }

    /**
     * Queues {@code jobName} now, outside its schedule: its period is the current second, so a second
     * request in the same second is the same run.
     */
    public RunDispatcher.Dispatch runNow(String jobName) {
        catalogue.get(jobName);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return dispatcher.dispatch(jobName, now, 0, RunTrigger.RUN_NOW, now);
    }

    private static PeriodOutcome outcome(Instant period, RunDispatcher.Dispatch dispatch, String queuedMessage) {
        return switch (dispatch) {
            case RunDispatcher.Dispatch.Queued queued -> new PeriodOutcome(period, true, Optional.of(queued.run()), queuedMessage);
            case RunDispatcher.Dispatch.AlreadyThere there -> new PeriodOutcome(period, false, Optional.of(there.run()),
                    "already " + there.run().status().name().toLowerCase() + " (run " + there.run().id() + ")");
        };
    }

    /** A backfill request that cannot be carried out as asked; nothing was queued. */
    public static final class BackfillRefusedException extends IllegalArgumentException {
        public BackfillRefusedException(String message) {
            super(message);
        }
    }
}
