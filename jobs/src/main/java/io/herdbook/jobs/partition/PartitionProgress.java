package io.herdbook.jobs.partition;

/**
 * Told of every chunk a worker step commits, on the thread that committed it (the step's own thread, never an
 * item thread) and after the commit, so what it reports is durable. Every bean of this type is told; the
 * scheduler module's one forwards to the JobRunr job that runs the partition, when there is one.
 * Implementations must be quick and must not throw.
 */
public interface PartitionProgress {

    void committed(CommittedChunk chunk);
}
