package io.herdbook.api.exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herdbook.jobs.testing.MigratedDatabase;
import io.herdbook.reports.exports.ExportFiles;
import io.herdbook.reports.exports.ExportKind;
import io.herdbook.reports.exports.ExportProject;
import io.herdbook.reports.exports.ExportProjects;
import io.herdbook.reports.exports.ExportStatus;
import io.herdbook.reports.exports.ExportsProperties;
import io.herdbook.reports.exports.PayoutCsvExporter;
import io.herdbook.reports.exports.PayoutExport;
import io.herdbook.reports.exports.PayoutExports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A recorded export run into its file: the record's states, its progress, and why it failed when it did. */
class ExportFilesIntegrationTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final JdbcTemplate JDBC = MigratedDatabase.named("exports_files");
    private static final Instant NOW = Instant.parse("2026-09-20T12:00:00Z");

    private final PayoutData data = new PayoutData(JDBC);
    private final PayoutExports exports = new PayoutExports(JdbcClient.create(JDBC.getDataSource()));
    private final PayoutCsvExporter exporter = new PayoutCsvExporter(JDBC.getDataSource());

    @TempDir Path dir;

    private ExportProject project;

    @BeforeEach
    void aProjectWithThreeLinesOnTheSeventh() {
        long organisation = data.anOrganisation();
        long projectId = data.project(organisation, "files", CHICAGO.getId());
        project = new ExportProject(organisation, projectId, "files", CHICAGO);
        long creator = data.creator(organisation, projectId, "frys_8");
        long structure = data.cpmStructure(organisation, projectId, "CPM");
        for (String at : List.of("2026-09-07T05:00:00Z", "2026-09-07T18:00:00Z", "2026-09-08T02:23:34Z")) {
            data.line(organisation, projectId, structure, creator, CHICAGO).accruedAt(at).insert();
        }
    }

    private ExportFiles files(Path exportDir) {
        return new ExportFiles(exports, new ExportProjects(JdbcClient.create(JDBC.getDataSource())), exporter,
                new ExportsProperties(exportDir, 100), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private PayoutExport queued() {
        return exports.create(UUID.randomUUID(), project, ExportKind.ACCRUALS, LocalDate.parse("2026-09-07"), LocalDate.parse("2026-09-07"),
                true, NOW.minusSeconds(60));
    }

    @Test
    void aSucceededExportHasItsFileLinesAndEndTime() throws IOException {
        PayoutExport export = queued();
        List<String> watched = new ArrayList<>();

        PayoutExport done = files(dir).run(export.id(), false, new ExportFiles.Watcher() {
            @Override
            public void started(long total) {
                watched.add("started " + total);
            }

            @Override
            public void linesWritten(long lines) {
                watched.add("lines " + lines);
            }
        });

        assertThat(done.status()).isEqualTo(ExportStatus.SUCCEEDED);
        assertThat(done.lines()).isEqualTo(3);
        assertThat(done.finishedAt()).isEqualTo(NOW);
        assertThat(done.file()).isEqualTo(dir.resolve(export.id() + ".csv").toAbsolutePath());
        assertThat(watched).containsExactly("started 3", "lines 3");
        byte[] bytes = Files.readAllBytes(done.file());
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text.split("\r\n")).hasSize(4);
        assertThat(text).startsWith("line_id,accrued_at,");
        assertThat(Files.exists(dir.resolve(export.id() + ".csv.part"))).isFalse();
    }

    @Test
    void aFailedLastAttemptSaysWhyAndAnEarlierOneWaitsForItsRetry() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("occupied"), "a file where the folder should be");
        PayoutExport export = queued();

        assertThatThrownBy(() -> files(notADirectory).run(export.id(), false, ExportFiles.Watcher.NONE))
                .isInstanceOf(FileAlreadyExistsException.class);
        PayoutExport retrying = exports.find(project.organisationId(), export.id()).orElseThrow();
        assertThat(retrying.status()).isEqualTo(ExportStatus.QUEUED);
        assertThat(retrying.finishedAt()).isNull();

        assertThatThrownBy(() -> files(notADirectory).run(export.id(), true, ExportFiles.Watcher.NONE))
                .isInstanceOf(FileAlreadyExistsException.class);
        PayoutExport failed = exports.find(project.organisationId(), export.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(ExportStatus.FAILED);
        assertThat(failed.message()).isEqualTo("the export file could not be written: FileAlreadyExistsException " + notADirectory.toAbsolutePath());
        assertThat(failed.finishedAt()).isEqualTo(NOW);
        assertThat(failed.file()).isNull();
    }

    @Test
    void anotherOrganisationCannotFindTheExport() {
        PayoutExport export = queued();

        assertThat(exports.find(project.organisationId() + 1_000_000, export.id())).isEmpty();
        assertThat(exports.find(project.organisationId(), export.id())).isPresent();
    }
}
