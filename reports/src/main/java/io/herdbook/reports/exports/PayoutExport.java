package io.herdbook.reports.exports;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A recorded export ({@code payout_exports}): what was asked for and how far it got.
 *
 * @param lines    lines written so far (header not counted); the total once SUCCEEDED
 * @param file     the finished file, only when SUCCEEDED
 * @param message  why it failed (FAILED), or why an attempt failed before a retry (QUEUED)
 */
public record PayoutExport(UUID id, long organisationId, long projectId, ExportKind kind, LocalDate from, LocalDate to, boolean bom,
                           ExportStatus status, long lines, Path file, String message, Instant requestedAt, Instant finishedAt) {
}
