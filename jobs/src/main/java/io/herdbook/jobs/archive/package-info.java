/**
 * The raw archive: what the parser read of each answer discovery and stats-refresh fetched (a page's data script or
 * an API body, never the whole HTML), gzip-compressed in {@code raw_payloads} in the same transaction as the job's own
 * writes, kept for {@code herdbook.archive.retention}; and {@link io.herdbook.jobs.archive.Reparse}, which derives
 * posts and stats snapshots from it again with the current parser, without fetching. See this package's README.md.
 */
package io.herdbook.jobs.archive;
