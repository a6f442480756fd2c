package io.herdbook.api.rest;

import io.herdbook.reports.exports.ExportStatus;
import io.herdbook.reports.exports.PayoutExport;

/** The file of an export asked for before it succeeded (or after it failed). */
final class ExportNotReadyException extends RuntimeException {

    private final ExportStatus status;

    ExportNotReadyException(PayoutExport export) {
        super("export " + export.id() + " is " + export.status() + (export.message() == null ? "" : " (" + export.message() + ")")
                + "; its file can be downloaded once it has SUCCEEDED");
        this.status = export.status();
    }

    ExportStatus status() {
        return status;
    }
}
