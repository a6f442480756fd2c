/**
 * The {@code stats-refresh} job: for each tracked post of an active creator, fetch its page and
 * record one stats snapshot for the slot. A non-data outcome writes no stats, only a fetch attempt.
 * See this package's README.md.
 */
package io.herdbook.jobs.refresh;
