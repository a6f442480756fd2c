package io.herdbook.api.rest;

import io.herdbook.reports.exports.ExportKind;
import io.herdbook.reports.exports.ExportStatus;
import io.herdbook.reports.exports.PayoutExport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A queued export as {@code GET /api/v1/exports/{id}} shows it.
 *
 * @param lines    lines written so far (header not counted); the total once SUCCEEDED
 * @param message  why it failed, or why an attempt failed before its retry
 * @param download where to fetch the file, only when SUCCEEDED
 */
record ExportView(UUID id, long projectId, ExportKind kind, LocalDate from, LocalDate to, boolean bom, ExportStatus status, long lines,
                  String message, Instant requestedAt, Instant finishedAt, String download) {

    static String location(UUID id) {
        return "/api/v1/exports/" + id;
    }

    static ExportView of(PayoutExport export) {
        return new ExportView(export.id(), export.projectId(), export.kind(), export.from(), export.to(), export.bom(), export.status(),
                export.lines(), export.message(), export.requestedAt(), export.finishedAt(),
                export.status() == ExportStatus.SUCCEEDED ? location(export.id()) + "/file" : null);
    }
}
