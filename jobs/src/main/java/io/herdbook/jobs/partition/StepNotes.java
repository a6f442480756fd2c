package io.herdbook.jobs.partition;

import java.util.OptionalLong;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.core.step.StepExecution;

/**
 * What a step that is not partitioned tells the people watching it, through its execution context: how many items
 * it will read (for a progress bar), and a line saying what its last chunk did (for the job log). The scheduler
 * module shows both in the JobRunr job running the step; without one they are simply unused.
 */
public final class StepNotes {

    static final String TOTAL = "herdbook.items-total";
    static final String LAST_CHUNK = "herdbook.last-chunk";

    private StepNotes() {
    }

    /** On the step's thread: the step will read {@code items} items in all. */
    public static void total(long items) {
        StepContext context = StepSynchronizationManager.getContext();
        if (context != null) {
            context.getStepExecution().getExecutionContext().putLong(TOTAL, items);
        }
    }

    /** On the step's thread, while writing a chunk: what the chunk did, in words. */
    public static void lastChunk(String line) {
        StepContext context = StepSynchronizationManager.getContext();
        if (context != null) {
            context.getStepExecution().getExecutionContext().putString(LAST_CHUNK, line);
        }
    }

    /** The total {@code step} announced, if it did. */
    public static OptionalLong total(StepExecution step) {
        return step.getExecutionContext().containsKey(TOTAL) ? OptionalLong.of(step.getExecutionContext().getLong(TOTAL)) : OptionalLong.empty();
    }

    /** The line {@code step}'s last chunk left, or null. */
    public static String lastChunk(StepExecution step) {
        return step.getExecutionContext().containsKey(LAST_CHUNK) ? step.getExecutionContext().getString(LAST_CHUNK) : null;
    }
}
