/**
 * Fan-out of a job's work into partitions by creator id hash. A partitioned job is a manager step
 * ({@link io.herdbook.jobs.partition.PartitionedSteps#manager}) over a worker step whose reader keeps only
 * its {@link io.herdbook.jobs.partition.CreatorHashSlice}. Where the partitions run is a
 * {@link io.herdbook.jobs.partition.PartitionDispatch}: in this JVM by default, as JobRunr jobs on any
 * worker when the scheduler module supplies that dispatch ({@code herdbook.partitions.dispatch=jobrunr}).
 * This package knows no JobRunr: the scheduler plugs in through the dispatch and
 * {@link io.herdbook.jobs.partition.PartitionProgress} beans.
 *
 * <p>A partition may run more than once (a retry is a new step execution of the same name in the same
 * job execution); {@link io.herdbook.jobs.partition.AttemptSummingAggregator} sums over all of them, so a
 * manager's counts are the work its partitions did.
 */
package io.herdbook.jobs.partition;
