/**
 * Operator controls over the clock and the ledger, for the CLI and the REST API alike: list
 * schedules and runs, pause and resume a schedule, backfill past periods (each once; a completed one
 * only when forced, as a new revision) and run a job now.
 */
package io.herdbook.scheduler.control;
