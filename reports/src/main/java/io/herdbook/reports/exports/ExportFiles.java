package io.herdbook.reports.exports;

import io.herdbook.reports.range.DateRange;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs a recorded export into its file: {@code <herdbook.exports.dir>/<id>.csv}, written as {@code .csv.part} and
 * renamed when complete, so a download never sees half a file. The record moves QUEUED → RUNNING → SUCCEEDED with
 * its line count updated every {@link PayoutCsvExporter#PROGRESS_EVERY} lines; a failed attempt records why.
 */
@Service
public class ExportFiles {

    private static final Logger log = LoggerFactory.getLogger(ExportFiles.class);

    private final PayoutExports exports;
    private final ExportProjects projects;
    private final PayoutCsvExporter exporter;
    private final ExportsProperties properties;
    private final Clock clock;

    public ExportFiles(PayoutExports exports, ExportProjects projects, PayoutCsvExporter exporter, ExportsProperties properties, Clock clock) {
        this.exports = exports;
        this.projects = projects;
        this.exporter = exporter;
        this.properties = properties;
        this.clock = clock;
    }

    /** Who watches a run besides the record: the queue's progress bar and job log. */
    public interface Watcher {
        Watcher NONE = new Watcher() {
        };

        /** The export is about to write {@code total} lines. */
        default void started(long total) {
        }

        default void linesWritten(long lines) {
        }

        default void log(String line) {
        }
    }

    /**
     * Runs export {@code id} and returns its record as it ended. One already SUCCEEDED is left as it is (the queue
     * ran its job twice). A failure is recorded — FAILED when {@code lastAttempt}, else QUEUED for the retry — and
     * rethrown, so the queue knows.
     */
    public PayoutExport run(UUID id, boolean lastAttempt, Watcher watcher) throws IOException {
        PayoutExport export = exports.get(id).orElseThrow(() -> new IllegalStateException("no export " + id + " is recorded"));
        if (export.status() == ExportStatus.SUCCEEDED) {
            watcher.log("export " + id + " had already succeeded; nothing to do");
            return export;
        }
        exports.running(export);
        try {
            ExportProject project = projects.find(export.organisationId(), export.projectId())
                    .orElseThrow(() -> new IllegalStateException("project " + export.projectId() + " no longer exists"));
            DateRange range = new DateRange(export.from(), export.to(), project.zone());
            long total = exporter.count(project, export.kind(), range);
            watcher.started(total);
            watcher.log(export.kind().word() + " of " + project.slug() + " " + export.from() + ".." + export.to() + " (" + project.zone()
                    + "): " + total + " lines");
            Written written = write(export, project, range, watcher);
            exports.succeeded(export, written.lines(), written.file(), clock.instant());
            watcher.log(written.lines() + " lines written to " + written.file());
            return exports.get(id).orElseThrow();
        } catch (IOException | RuntimeException e) {
            String message = why(e);
            log.warn("export {} failed{}: {}", id, lastAttempt ? "" : " (to be retried)", message, e);
            watcher.log("failed: " + message);
            exports.failed(export, message, lastAttempt, clock.instant());
            throw e;
        }
    }

    private record Written(Path file, long lines) {
    }

    private Written write(PayoutExport export, ExportProject project, DateRange range, Watcher watcher) throws IOException {
        Path dir = properties.dir().toAbsolutePath();
        Files.createDirectories(dir);
        Path part = dir.resolve(export.id() + ".csv.part");
        Path file = dir.resolve(export.id() + ".csv");
        long lines;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
            lines = exporter.write(project, export.kind(), range, export.bom(), out, written -> {
                exports.progress(export, written);
                watcher.linesWritten(written);
            });
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Written(file, lines);
    }

    private static String why(Exception e) {
        String what = e instanceof IOException ? "the export file could not be written" : "the export could not be read";
        return what + ": " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }
}
