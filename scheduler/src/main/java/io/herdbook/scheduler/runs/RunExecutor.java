package io.herdbook.scheduler.runs;

import io.herdbook.jobs.launch.JobLaunches;
import io.herdbook.scheduler.ledger.Run;
import io.herdbook.scheduler.ledger.RunCounts;
import io.herdbook.scheduler.ledger.RunLedger;
import io.herdbook.scheduler.ledger.RunStatus;
import io.herdbook.scheduler.metrics.RunMetrics;
import io.herdbook.scheduler.node.NodeIdentity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import io.herdbook.scheduler.partition.OrphanedPartitions;
import org.springframework.stereotype.Service;

/**
 * Runs one ledger run on this node, start to end: marks it started, brings its Spring Batch job
 * instance to an end ({@link JobLaunches#runOrResume}: a first start, a restart of a failed
 * attempt, or the recovery of one a dead node left STARTED), and records the outcome and counts.
 * The queue's workers call it for every run; the CLI's {@code run} calls it directly.
 */
@Service
public class RunExecutor {

    private static final Logger log = LoggerFactory.getLogger(RunExecutor.class);
    /** How long a retried run waits for a dead manager's partitions before recovering anyway. */
    private static final Duration ORPHAN_SETTLE_LIMIT = Duration.ofMinutes(30);

    private final RunLedger ledger;
    private final JobLaunches launches;
    private final RunTotals totals;
    private final RunMetrics metrics;
    private final NodeIdentity node;
    private final Clock clock;
    private final JobRepository repository;
    private final OrphanedPartitions orphans;
    private final LiveWorkers liveWorkers;

    public RunExecutor(RunLedger ledger, JobLaunches launches, RunTotals totals, RunMetrics metrics, NodeIdentity node, Clock clock,
                       JobRepository repository, OrphanedPartitions orphans, LiveWorkers liveWorkers) {
        this.liveWorkers = liveWorkers;
        this.repository = repository;
        this.orphans = orphans;
        this.ledger = ledger;
        this.launches = launches;
        this.totals = totals;
        this.metrics = metrics;
        this.node = node;
        this.clock = clock;
    }

    public String node() {
        return node.name();
    }

    /** Runs the ledger run {@code runId} once, with no retry to come (the CLI's {@code run}). */
    public Run execute(long runId) throws RunFailedException {
        return execute(runId, false);
    }

    /**
     * Runs the ledger run {@code runId} and returns its row as it ended.
     *
     * @param retriesLeft whether the queue retries the run if this attempt fails: then the row goes back
     *                    to QUEUED with why the attempt failed, and says FAILED only after the last attempt
     * @throws RunFailedException if its job did not complete
     * @throws IllegalArgumentException if there is no such run
     */
    public Run execute(long runId, boolean retriesLeft) throws RunFailedException {
        Run before = ledger.find(runId).orElseThrow(() -> new IllegalArgumentException("no run " + runId + " in the ledger"));
        if (before.status() == RunStatus.STARTED && before.node() != null && !before.node().equals(node.name())
                && liveWorkers.isAlive(before.node())) {
            // The queue handed the run on (a requeue in the dashboard, a worker that missed heartbeats), but the
            // node that has it is alive: recovering its execution now would run the period twice at once.
            throw new RunFailedException(before.jobName() + " for " + before.period() + " is still running on " + before.node()
                    + ", which is alive; not taking it over", null);
        }
        Run run = ledger.markStarted(runId, node.name(), clock.instant())
                .orElseThrow(() -> new IllegalArgumentException("no run " + runId + " in the ledger"));
        if (run.status() == RunStatus.COMPLETED) {
            log.info("{} for {} already completed; nothing to do", run.jobName(), run.period());
            return run;
        }
        if (run.attempts() == 1) {
            metrics.started(run.jobName(), run.trigger(), Duration.between(run.scheduledAt(), run.startedAt()));
        }
        log.info("{} for {}{}: attempt {} on {}", run.jobName(), run.period(),
                run.revision() > 0 ? " (revision " + run.revision() + ")" : "", run.attempts(), node.name());
        Instant begun = clock.instant();
        JobExecution execution;
        try {
            letAnOrphanedExecutionSettle(run);
            execution = launches.runOrResume(run.jobName(), run.period(), run.revision());
        } catch (Exception e) {
            String message = "could not launch: " + e.getMessage();
            recordFailure(run, retriesLeft, RunCounts.NONE, null, null, message);
            metrics.failed(run.jobName(), Duration.between(begun, clock.instant()), retriesLeft);
            throw new RunFailedException(run.jobName() + " for " + run.period() + ": " + message, e);
        }
        RunCounts counts = totals.of(execution.getJobInstance());
        boolean completed = execution.getStatus() == BatchStatus.COMPLETED;
        String message = completed ? null : failureOf(execution);
        if (completed) {
            ledger.markFinished(runId, RunStatus.COMPLETED, counts, execution.getJobInstance().getInstanceId(), execution.getId(),
                    node.name(), null, clock.instant());
        } else {
            recordFailure(run, retriesLeft, counts, execution.getJobInstance().getInstanceId(), execution.getId(), message);
        }
        Duration took = Duration.between(begun, clock.instant());
        if (!completed) {
            metrics.failed(run.jobName(), took, retriesLeft);
            throw new RunFailedException(run.jobName() + " for " + run.period() + " ended " + execution.getStatus() + ": " + message, null);
        }
        metrics.completed(run.jobName(), took);
        log.info("{} for {} completed: read {}, written {}, skipped {}", run.jobName(), run.period(),
                counts.read(), counts.written(), counts.skipped());
        return ledger.find(runId).orElseThrow();
    }

    private void recordFailure(Run run, boolean retriesLeft, RunCounts counts, Long instanceId, Long executionId, String message) {
        if (retriesLeft) {
            ledger.markRetrying(run.id(), counts, instanceId, executionId, node.name(),
                    "attempt " + run.attempts() + " failed, the queue retries it: " + message);
        } else {
            ledger.markFinished(run.id(), RunStatus.FAILED, counts, instanceId, executionId, node.name(), message, clock.instant());
        }
    }

    /** A retry after a dead manager: its partitions, still in the queue, finish first (see {@link OrphanedPartitions}). */
    private void letAnOrphanedExecutionSettle(Run run) throws InterruptedException {
        JobInstance instance = repository.getJobInstance(run.jobName(), JobLaunches.parameters(run.period(), run.revision()));
        JobExecution last = instance == null ? null : repository.getLastJobExecution(instance);
        if (last != null && last.isRunning()) {
            orphans.awaitSettled(last, ORPHAN_SETTLE_LIMIT);
        }
    }

    private static String failureOf(JobExecution execution) {
        String description = execution.getExitStatus().getExitDescription();
        if (description != null && !description.isBlank()) {
            // The first line names the exception; the stack trace is in the job repository.
            return description.lines().findFirst().orElse(description);
        }
        return execution.getAllFailureExceptions().stream().findFirst().map(Throwable::toString).orElse(execution.getStatus().toString());
    }
}
