package io.herdbook.reports.exports;

/** Told how many lines an export has written so far: every {@link PayoutCsvExporter#PROGRESS_EVERY} lines, and at the end. */
@FunctionalInterface
public interface ExportProgress {

    /** No one is watching (a direct download). */
    ExportProgress NONE = lines -> {
    };

    void linesWritten(long lines);
}
