/**
 * Figure P4: payout CSV lines per second written by Herdbook's exporter from PostgreSQL (a forward-only cursor,
 * the accrual query with its joins, C10 guards and {@code Money.text}), against Apache Commons CSV printing the very
 * same cells from memory; and the peak heap of the export run in a JVM of its own capped at 256 MB.
 */
package io.herdbook.bench.export;
