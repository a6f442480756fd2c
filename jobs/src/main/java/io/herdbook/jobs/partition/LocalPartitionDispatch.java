package io.herdbook.jobs.partition;

import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.Step;
import org.springframework.core.task.VirtualThreadTaskExecutor;

/**
 * Runs every partition in this JVM, each on its own virtual thread, all at once; a failed partition is not
 * retried here (the run ends FAILED and a restart goes on from its last chunk). The default dispatch, and the
 * one the CLI's {@code run} and {@code demo} use.
 */
public final class LocalPartitionDispatch implements PartitionDispatch {

    @Override
    public PartitionHandler handlerFor(Step worker, int gridSize) {
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(worker);
        handler.setGridSize(gridSize);
        handler.setTaskExecutor(new VirtualThreadTaskExecutor(worker.getName() + "-partition-"));
        return handler;
    }
}
