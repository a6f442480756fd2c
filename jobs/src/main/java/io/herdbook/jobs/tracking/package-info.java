/**
 * The tracking records shared by the jobs: creators, posts, stats snapshots, creator snapshots and
 * fetch attempts, with their JDBC stores.
 *
 * <p>Every write is idempotent by a database key ({@code ON CONFLICT}), never by a check in Java: a
 * retried chunk, a restarted run or a duplicate launch lands on the same rows.
 */
package io.herdbook.jobs.tracking;
