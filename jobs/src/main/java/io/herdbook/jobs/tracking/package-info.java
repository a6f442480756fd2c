/**
 * The tracking records shared by the jobs: creators, posts, stats snapshots, creator snapshots and
 * fetch attempts, with their JDBC stores.
 *
 * <p>Every write is idempotent by a database key ({@code ON CONFLICT}), never by a check in Java: a
 * retried chunk, a restarted run or a duplicate launch lands on the same rows. A post seen again never loses what
 * the new source lacks ({@link io.herdbook.jobs.tracking.PostStore}); a snapshot too far below the last good one is
 * kept but held as suspect ({@link io.herdbook.jobs.tracking.SuspectDrop}).
 */
package io.herdbook.jobs.tracking;
