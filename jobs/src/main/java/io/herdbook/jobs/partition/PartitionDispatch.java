package io.herdbook.jobs.partition;

import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.step.Step;

/**
 * Where a manager step's partitions run. Exactly one bean, chosen by {@code herdbook.partitions.dispatch}:
 * {@code local} ({@link LocalPartitionDispatch}, this module) or {@code jobrunr} (the scheduler module).
 */
public interface PartitionDispatch {

    /**
     * The handler that runs {@code worker} once per partition and returns each partition's final (latest)
     * step execution, COMPLETED or not; it must not return before every partition has ended.
     *
     * @param worker   the worker step, a bean (a remote worker finds it by {@link Step#getName()})
     * @param gridSize how many partitions to cut a fresh run into
     */
    PartitionHandler handlerFor(Step worker, int gridSize);
}
