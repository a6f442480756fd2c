package io.herdbook.scheduler.control;

import io.herdbook.scheduler.ledger.Run;
import io.herdbook.scheduler.ledger.RunLedger;
import io.herdbook.scheduler.ledger.RunStatus;
import io.herdbook.scheduler.ledger.RunTrigger;
import io.herdbook.scheduler.runs.RunExecutor;
import io.herdbook.scheduler.runs.RunFailedException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Runs a job in this process, now, through the ledger: what the CLI's {@code run} and the demo do.
 * The run is claimed like any other (trigger RUN_NOW, period = the given instant), so it appears in
 * the ledger and can never run twice for the same period, but no queue is involved: the caller
 * waits for it.
 */
@Service
public class LocalRuns {

    private final RunLedger ledger;
    private final RunExecutor executor;
    private final Clock clock;

    public LocalRuns(RunLedger ledger, RunExecutor executor, Clock clock) {
        this.ledger = ledger;
        this.executor = executor;
        this.clock = clock;
    }

    /**
     * Runs {@code jobName} for {@code period} here and returns its ledger row as it ended (FAILED
     * included). A period that already completed is not run again; its row is returned.
     */
    public Run run(String jobName, Instant period) {
        Optional<Run> claimed = ledger.claim(jobName, period, 0, RunTrigger.RUN_NOW, period, clock.instant());
        Run run = claimed.orElseGet(() -> ledger.find(jobName, period, 0).orElseThrow());
        if (claimed.isEmpty() && run.status() == RunStatus.COMPLETED) {
            return run;
        }
        try {
            return executor.execute(run.id());
        } catch (RunFailedException e) {
            return ledger.find(run.id()).orElseThrow();
        }
    }
}
