/**
 * The run ledger: a row per (job, period, revision) with when it was due, started and finished, on
 * which node, with what outcome and counts, and the JobRunr and Spring Batch ids behind it. Its unique
 * key is what makes a schedule run exactly once on any number of nodes; the health checks read it.
 */
package io.herdbook.scheduler.ledger;
