package io.herdbook.jobs.partition;

import org.springframework.batch.core.step.StepExecution;

/**
 * One chunk of a partition's worker step, just committed.
 *
 * @param attempt the step execution (one attempt of a partition) that committed it; its counts include the chunk
 * @param number  the chunk's number within this attempt, from 1
 * @param read    items the chunk read
 * @param written items the chunk wrote
 * @param skipped items the chunk skipped (read, process and write skips)
 */
public record CommittedChunk(StepExecution attempt, long number, long read, long written, long skipped) {

    /** The line a dashboard or log shows for it. */
    public String describe() {
        return "chunk " + number + ": read " + read + ", written " + written + ", skipped " + skipped;
    }
}
