/**
 * What the figures run against: a fresh embedded PostgreSQL with Herdbook's schema, the sandbox in a
 * process of its own (so its CPU is not counted as Herdbook's), and CPU-time readings of a process.
 */
package io.herdbook.bench.env;
