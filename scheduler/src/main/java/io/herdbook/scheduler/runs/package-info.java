/**
 * The queue side of a run: claiming a ledger row and enqueueing its JobRunr job under an id derived
 * from (job, period, revision) ({@link io.herdbook.scheduler.runs.RunDispatcher}), and running it on a
 * worker — launching, restarting or recovering its Spring Batch instance and recording the outcome
 * ({@link io.herdbook.scheduler.runs.RunExecutor}).
 */
package io.herdbook.scheduler.runs;
