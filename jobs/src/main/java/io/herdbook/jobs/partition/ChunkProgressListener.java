package io.herdbook.jobs.partition;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reports each committed chunk of a worker step to the {@link PartitionProgress} beans.
 *
 * <p>Why a write listener and not a chunk listener: Spring Batch 6's {@code ChunkOrientedStep} calls no chunk
 * listener at all when the step has a task executor (ours process items on virtual threads), and where it does,
 * it calls them inside the chunk's transaction. The write, though, always happens on the step's own thread inside
 * that transaction, so {@code afterWrite} registers an after-commit callback there. The step adds the chunk's
 * counts to its execution after the write and before the commit: counts taken in {@code afterWrite} are those
 * before the chunk, counts in the callback those after it.
 */
final class ChunkProgressListener implements ItemWriteListener<Object> {

    private static final Logger log = LoggerFactory.getLogger(ChunkProgressListener.class);

    private final List<PartitionProgress> observers;

    ChunkProgressListener(List<PartitionProgress> observers) {
        this.observers = observers;
    }

    @Override
    public void afterWrite(Chunk<?> items) {
        StepContext context = StepSynchronizationManager.getContext();
        if (context == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        StepExecution attempt = context.getStepExecution();
        Counts before = Counts.of(attempt);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                report(attempt, before);
            }
        });
    }

    private void report(StepExecution attempt, Counts before) {
        Counts after = Counts.of(attempt);
        CommittedChunk chunk = new CommittedChunk(attempt, attempt.getCommitCount(), after.read() - before.read(),
                after.written() - before.written(), after.skipped() - before.skipped());
        log.debug("{} {}", attempt.getStepName(), chunk.describe());
        for (PartitionProgress observer : observers) {
            try {
                observer.committed(chunk);
            } catch (RuntimeException e) {
                // Progress is for people watching; it never fails the work it reports on.
                log.warn("progress observer {} failed on {}: {}", observer, attempt.getStepName(), e.toString());
            }
        }
    }

    private record Counts(long read, long written, long skipped) {
        static Counts of(StepExecution execution) {
            return new Counts(execution.getReadCount(), execution.getWriteCount(), execution.getSkipCount());
        }
    }
}
