/**
 * The {@code stats-refresh} job: for each tracked post of an active creator that is due at the slot by its kind and
 * age ({@link io.herdbook.jobs.refresh.RefreshCadence}), fetch its page and record one stats snapshot for the slot
 * (held as suspect when it fell too far). A non-data outcome writes no stats, only a fetch attempt.
 * See this package's README.md.
 */
package io.herdbook.jobs.refresh;
