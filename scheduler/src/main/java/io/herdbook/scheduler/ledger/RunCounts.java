package io.herdbook.scheduler.ledger;

/** Items a run read, wrote and skipped, summed over its steps (and a partitioned step's attempts). */
public record RunCounts(long read, long written, long skipped) {

    public static final RunCounts NONE = new RunCounts(0, 0, 0);
}
