package io.herdbook.jobs.partition;

/** The keys a partition's step execution context carries. They are stored in the job repository: renaming one breaks restarts. */
public final class PartitionKeys {

    /** The slice of creator id hashes this partition works on: {@code mod(creator_id, count) = index}. */
    public static final String INDEX = "partition.index";

    /** How many partitions the run was cut into. */
    public static final String COUNT = "partition.count";

    /** The items the partition had when it was cut (for progress bars; the reader reads what is there when it runs). */
    public static final String ITEMS = "partition.items";

    /** The node that ran the latest attempt (set by a remote worker). */
    public static final String NODE = "node";

    /** Which attempt of the partition this step execution is, from 1 (set by a remote worker). */
    public static final String ATTEMPT = "partition.attempt";

    /**
     * In a manager step's context, once it aggregated its partitions: its counts are their sum, so a
     * run's totals count the partitions and leave the manager out (a manager that died before
     * aggregating has no counts of its own, and no marker).
     */
    public static final String MANAGER = "partition.manager";

    private PartitionKeys() {
    }
}
