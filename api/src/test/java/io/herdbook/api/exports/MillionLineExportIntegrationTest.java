package io.herdbook.api.exports;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.testing.MigratedDatabase;
import io.herdbook.jobs.testing.TestDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A 1,000,000-line accrual export completes in a JVM with a 256 MB heap: the lines are seeded set-wise (2,000
 * creators × 100 posts × 5 CPM structures), then a child JVM started with {@code -Xmx256m} on this test's classpath
 * writes the export to a file.
 */
class MillionLineExportIntegrationTest {

    private static final int LINES = 1_000_000;
    private static final Instant FIRST = Instant.parse("2026-09-07T05:00:00Z");

    @TempDir Path dir;

    @Test
    void aMillionLinesExportWithin256MegabytesOfHeap() throws Exception {
        JdbcTemplate jdbc = MigratedDatabase.named("exports_million");
        PayoutData data = new PayoutData(jdbc);
        long organisation = data.anOrganisation();
        long project = data.project(organisation, "million", "America/Chicago");
        long start = System.nanoTime();
        assertThat(data.bulkLines(organisation, project, 2_000, 100, 5, FIRST)).isEqualTo(LINES);
        jdbc.execute("ANALYZE payout_accruals, posts, creators, payout_structures");
        long seeded = System.nanoTime();
        Path file = dir.resolve("million.csv");

        Process child = childJvm(organisation, project, file).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        System.out.printf("[million] seeded in %.1f s, exported in %.1f s: %s%n", (seeded - start) / 1e9, (System.nanoTime() - seeded) / 1e9,
                output.strip());

        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).as(output).contains("lines=" + LINES + " ");
        assertThat(lineCount(file)).isEqualTo(LINES + 1);
        List<CSVRecord> spots = records(file, 1, 500_000, LINES);
        assertLine(spots.get(0), 1);
        assertLine(spots.get(1), 500_000);
        assertLine(spots.get(2), LINES);
    }

    private ProcessBuilder childJvm(long organisation, long project, Path file) {
        String java = ProcessHandle.current().info().command().orElseThrow();
        TestDatabase.Connection db = TestDatabase.database("exports_million");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                ExportToFile.class.getName(), db.url(), db.username(), db.password(), Long.toString(organisation), Long.toString(project),
                "million", "America/Chicago", "2026-09-07", "2026-09-18", file.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    /** Line n of the seed, as {@link PayoutData#bulkLines} made it. */
    private static void assertLine(CSVRecord record, long n) {
        Instant accruedAt = FIRST.plusSeconds(n);
        assertThat(record.get("accrued_at")).isEqualTo(accruedAt.toString());
        assertThat(record.get("accrual_date")).isEqualTo(LocalDate.ofInstant(accruedAt, ZoneId.of("America/Chicago")).toString());
        assertThat(record.get("project")).isEqualTo("million");
        assertThat(record.get("structure")).isEqualTo("CPM " + ((n - 1) % 5 + 1));
        assertThat(record.get("views")).isEqualTo(Long.toString(PayoutData.bulkViews(n)));
        assertThat(record.get("amount")).isEqualTo(PayoutData.bulkAmount(n).toPlainString());
        assertThat(record.get("computed_amount")).isEqualTo(PayoutData.bulkAmount(n).toPlainString());
        assertThat(record.get("unfunded_amount")).isEqualTo("0.00");
        assertThat(record.get("period_start")).isEqualTo("2026-08-31");
        assertThat(record.get("period_end")).isEqualTo("2026-09-07");
        assertThat(record.get("note")).isEqualTo("bulk line " + n);
    }

    private static long lineCount(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return reader.lines().count();
        }
    }

    /** The records numbered {@code wanted} (1-based, header not counted), read in one pass. */
    private static List<CSVRecord> records(Path file, long... wanted) throws IOException {
        List<CSVRecord> found = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            int next = 0;
            for (CSVRecord record : parser) {
                if (next < wanted.length && record.getRecordNumber() == wanted[next]) {
                    found.add(record);
                    next++;
                }
            }
        }
        assertThat(found).hasSize(wanted.length);
        return found;
    }
}
