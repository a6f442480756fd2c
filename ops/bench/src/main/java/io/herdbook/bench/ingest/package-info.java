/**
 * Figure P2: stats snapshots per second written by the {@code stats-refresh} job's own writer (snapshot insert
 * on its idempotency key, the forward-only latest upsert and the fetch attempt, one transaction per chunk), against
 * PostgreSQL's {@code COPY} of the same rows, chunk for chunk, into a table with the snapshots' key
 * ({@code P2}) and into one with no key or index at all ({@code P2-raw}).
 */
package io.herdbook.bench.ingest;
