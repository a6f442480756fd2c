/**
 * Payout CSV exports for finance (issue 6 item 5): a project's accrual lines or payments over a range of whole
 * local days in the project's time zone (C11), written with Apache Commons CSV under a stable, documented header
 * (see this package's README.md). Streamed from a forward-only PostgreSQL cursor straight to the output, so an
 * export of a million lines needs no more memory than one of ten; text cells are guarded against formula
 * injection and numbers never are (C10); money is always {@code Money.text} (C12). Lines are immutable and the
 * order is (time, id), so the same range always gives the same bytes.
 *
 * <p>{@link io.herdbook.reports.exports.PayoutCsvExporter} writes a CSV to any stream (the API streams small
 * exports into the response); {@link io.herdbook.reports.exports.ExportFiles} runs a recorded export
 * ({@code payout_exports}) into a file under {@code herdbook.exports.dir}, for the queue's job to call.
 */
package io.herdbook.reports.exports;
