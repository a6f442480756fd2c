package io.herdbook.reports.exports;

import java.time.LocalDate;

/** The name an export is downloaded as: {@code herdbook-<project>-<kind>-<from>_<to>.csv}, safe in any header or file system. */
public final class ExportFileName {

    private ExportFileName() {
    }

    public static String of(ExportProject project, ExportKind kind, LocalDate from, LocalDate to) {
        String slug = project.slug().replaceAll("[^A-Za-z0-9._-]", "_");
        return "herdbook-" + slug + "-" + kind.word() + "-" + from + "_" + to + ".csv";
    }
}
