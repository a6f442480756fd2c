package io.herdbook.reports.exports;

import java.time.ZoneId;

/**
 * The project an export is for, as the caller's organisation sees it.
 *
 * @param slug the project's slug: the {@code project} column and part of the file name
 * @param zone the project's time zone, in which the export's days are whole days (C11)
 */
public record ExportProject(long organisationId, long id, String slug, ZoneId zone) {
}
