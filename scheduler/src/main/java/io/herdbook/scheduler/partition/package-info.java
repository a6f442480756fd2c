/**
 * Partitions as JobRunr jobs ({@code herdbook.partitions.dispatch=jobrunr}): the manager side
 * ({@link io.herdbook.scheduler.partition.JobRunrPartitionHandler}) enqueues one JobRunr job per partition with a
 * deterministic id and waits on JobRunr's state of each; the worker side
 * ({@link io.herdbook.scheduler.partition.PartitionWorker}) runs the partition's next attempt on whichever node
 * took the job. JobRunr decides where and how often to retry; Spring Batch keeps each attempt's counts and the
 * cursor it resumes from. See STACK.md "Partitions as JobRunr jobs" for the traps this is built around.
 *
 * <p>Progress: each partition's job shows a progress bar (items of the partition) and a log line per committed
 * chunk ({@link io.herdbook.scheduler.partition.JobRunrPartitionProgress}); a manager that itself runs inside a
 * JobRunr job shows the items and partitions done while it waits.
 */
package io.herdbook.scheduler.partition;
