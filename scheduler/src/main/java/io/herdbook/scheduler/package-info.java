/**
 * The clock, the queue and the run ledger (DESIGN.md "Three engines, one role each"): the job
 * catalogue and its Quartz triggers ({@code catalogue}, {@code clock}), the ledger that makes each
 * period run once ({@code ledger}), the JobRunr jobs that run a period and its partitions on any worker
 * ({@code runs}, {@code partition}, {@code queue}), operator controls ({@code control}), meters and
 * health ({@code metrics}, {@code health}), and node roles ({@code node}).
 */
package io.herdbook.scheduler;
