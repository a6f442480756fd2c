package io.herdbook.scheduler.partition;

import io.herdbook.jobs.partition.PartitionKeys;
import io.herdbook.scheduler.node.NodeIdentity;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jobrunr.jobs.context.JobContext;
import org.jobrunr.jobs.lambdas.JobRequestHandler;
import org.jobrunr.server.runner.ThreadLocalJobContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Runs one partition on whichever node took its JobRunr job: returns at once if the partition already completed
 * in its run, else executes the worker step on its next attempt ({@link PartitionAttempts#next}) with this node's
 * name in the attempt's context under {@link PartitionKeys#NODE}, and throws when that attempt did not complete, so
 * that JobRunr retries it (Spring Batch records a step's failure instead of throwing it).
 */
@Component
public class PartitionWorker implements JobRequestHandler<PartitionRequest> {

    private static final Logger log = LoggerFactory.getLogger(PartitionWorker.class);

    private final PartitionAttempts attempts;
    private final ObjectProvider<Step> steps;
    private final PartitionRuns runs;
    private final NodeIdentity node;
    private volatile Map<String, Step> stepsByName;

    PartitionWorker(JobRepository repository, Clock clock, ObjectProvider<Step> steps, PartitionRuns runs, NodeIdentity node) {
        this.attempts = new PartitionAttempts(repository, clock);
        this.steps = steps;
        this.runs = runs;
        this.node = node;
    }

    // No @Job here: the handler names and sizes each job's retries when it enqueues it (JobRunr allows only one of the two).
    @Override
    public void run(PartitionRequest request) throws Exception {
        JobExecution job = attempts.jobExecution(request.jobExecutionId());
        if (!job.isRunning()) {
            // The run's manager died and its execution was recovered (FAILED), or it ended otherwise: the
            // restart of the run re-creates every unfinished partition under the new execution. Running
            // this one too would do the work twice and count it twice.
            log.info("partition job of step execution {}: its job execution {} has ended ({}); nothing to run",
                    request.stepExecutionId(), job.getId(), job.getStatus());
            return;
        }
        String partition = attempts.partitionName(job, request.stepExecutionId());
        long itemsBefore = itemsDone(PartitionAttempts.of(job, partition));
        Optional<StepExecution> next = attempts.next(job, partition, node.name());
        if (next.isEmpty()) {
            log.info("{} of job execution {} is already done on another attempt; nothing to run", partition, job.getId());
            return;
        }
        StepExecution attempt = next.get();
        Step step = step(request.workerStep());
        log.info("{} of job execution {}: attempt {} on node {}", partition, job.getId(),
                attempt.getExecutionContext().getInt(PartitionKeys.ATTEMPT), node.name());
        // Called outside a JobRunr worker (by hand, from a shell) there is no dashboard to show progress in.
        Optional<PartitionRuns.Run> run = ThreadLocalJobContext.hasJobContext()
                ? Optional.of(run(ThreadLocalJobContext.getJobContext(), attempt, itemsBefore)) : Optional.empty();
        try (PartitionRuns.Registration ignored = run.map(it -> runs.register(attempt.getId(), it)).orElse(() -> { })) {
            step.execute(attempt);
        }
        if (attempt.getStatus() != BatchStatus.COMPLETED) {
            run.ifPresent(it -> it.context().logger().warn(attempt.getStepName() + " ended " + attempt.getStatus() + "; JobRunr retries it"));
            throw new PartitionNotCompletedException(attempt);
        }
        run.ifPresent(it -> it.progress().setProgress(it.progress().getTotalAmount()));
    }

    private PartitionRuns.Run run(JobContext context, StepExecution attempt, long itemsBefore) {
        long items = attempt.getExecutionContext().getLong(PartitionKeys.ITEMS, 0L);
        var progress = context.progressBar(Math.max(items, itemsBefore));
        progress.setProgress(Math.min(itemsBefore, progress.getTotalAmount()));
        context.logger().info("attempt " + attempt.getExecutionContext().getInt(PartitionKeys.ATTEMPT) + " of " + attempt.getStepName()
                + " on node " + node.name() + ": " + items + " items, " + itemsBefore + " done by earlier attempts");
        return new PartitionRuns.Run(context, progress, itemsBefore);
    }

    /** Items the attempts so far got through (their counts are those of their last committed chunk). */
    static long itemsDone(List<StepExecution> attempts) {
        return attempts.stream().mapToLong(attempt -> attempt.getReadCount() + attempt.getReadSkipCount()).sum();
    }

    private Step step(String name) {
        Map<String, Step> byName = stepsByName;
        if (byName == null) {
            // Looked up on first use: the steps are built after this handler, from beans that need the dispatch.
            byName = steps.orderedStream().collect(Collectors.toMap(Step::getName, Function.identity(), (first, second) -> first));
            stepsByName = byName;
        }
        Step step = byName.get(name);
        if (step == null) {
            throw new IllegalStateException("no worker step named '" + name + "' on node " + node.name() + "; steps here: " + byName.keySet());
        }
        return step;
    }

    /** A partition attempt that ended in another state than COMPLETED; thrown so JobRunr retries the partition. */
    static final class PartitionNotCompletedException extends Exception {
        PartitionNotCompletedException(StepExecution attempt) {
            super(attempt.getStepName() + " attempt " + attempt.getExecutionContext().getInt(PartitionKeys.ATTEMPT, 0) + " ended "
                    + attempt.getStatus() + " (" + attempt.getExitStatus().getExitDescription() + ")",
                    attempt.getFailureExceptions().isEmpty() ? null : attempt.getFailureExceptions().getFirst());
        }
    }
}
