/**
 * The clock: Quartz triggers of the catalogue in the clustered JDBC store (one node fires each),
 * each fire dispatching its period, and the catch-up rule that runs a missed period once — never a
 * burst — and records older misses as skipped.
 */
package io.herdbook.scheduler.clock;
