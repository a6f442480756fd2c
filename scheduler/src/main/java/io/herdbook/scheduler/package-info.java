/**
 * The clock and the queue (next slice): Quartz triggers of the job catalogue, the bridge that turns a
 * fire into a JobRunr job with a deterministic id, node roles, and the operator controls (pause,
 * resume, backfill). So far: the node identity and partitions as JobRunr jobs ({@code partition}); see DESIGN.md
 * "Three engines, one role each".
 */
package io.herdbook.scheduler;
