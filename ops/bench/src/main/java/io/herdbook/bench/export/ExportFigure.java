package io.herdbook.bench.export;

import io.herdbook.bench.BenchContext;
import io.herdbook.bench.Figure;
import io.herdbook.bench.FigureLine;
import io.herdbook.reports.exports.ExportKind;
import io.herdbook.reports.exports.ExportProgress;
import io.herdbook.reports.exports.ExportProject;
import io.herdbook.reports.exports.PayoutCsvExporter;
import io.herdbook.reports.range.DateRange;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * P4 export: accrual lines per second that {@link PayoutCsvExporter} writes from PostgreSQL (1,000,000 lines; quick:
 * 10,000), against Commons CSV printing the same cells from memory ({@link InMemoryCsv}), both into a
 * {@link CountingSink} through the same writer stack, taking turns at going first; every round checks that both wrote
 * the same bytes. Then the export runs once more in a JVM of its own with {@code -Xmx256m} ({@link ExportChild}),
 * which must finish and say its peak heap. Goal: ≥ 0.5 × the in-memory rate, heap &lt; 256 MB.
 */
public final class ExportFigure implements Figure {

    static final int HEAP_LIMIT_MB = 256;
    private static final LocalDate FROM = LocalDate.parse("2026-09-07");
    private static final Pattern CHILD = Pattern.compile("lines=(\\d+) seconds=([0-9.E-]+) peak_heap_mb=(\\d+) fingerprint=(\\S+)");

    @Override
    public String name() {
        return "P4";
    }

    @Override
    public List<FigureLine> measure(BenchContext context) throws Exception {
        int lines = context.options().size(1_000_000, 10_000);
        int rounds = context.options().rounds();
        DataSource dataSource = context.database().dataSource();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        ExportSeed seed = ExportSeed.create(jdbc, lines);
        try {
            ZoneId zone = ZoneId.of(ExportSeed.ZONE);
            ExportProject project = new ExportProject(seed.organisationId(), seed.projectId(), ExportSeed.PROJECT, zone);
            // Line n accrues at FIRST + n s: the range covers every line, whatever the size.
            LocalDate to = LocalDate.ofInstant(ExportSeed.FIRST.plusSeconds(lines), zone);
            DateRange range = new DateRange(FROM, to, zone);
            PayoutCsvExporter exporter = new PayoutCsvExporter(dataSource);
            InMemoryCsv baseline = inMemory(exporter, project, range, context.work(), lines);
            double[] herdbook = new double[rounds];
            double[] printed = new double[rounds];
            for (int round = 0; round <= rounds; round++) {
                double[] rates = round(exporter, project, range, baseline, round, lines);
                if (round > 0) {
                    herdbook[round - 1] = rates[0];
                    printed[round - 1] = rates[1];
                }
            }
            Map<String, String> extras = new LinkedHashMap<>(child(context, seed, to, lines));
            extras.put("lines", Integer.toString(lines));
            return List.of(new FigureLine("P4", "lines/s", herdbook, printed, extras));
        } finally {
            seed.remove();
        }
    }

    /** The export's own cells, read back from one export (written to a file, so even 1,000,000 lines need no string of it). */
    private static InMemoryCsv inMemory(PayoutCsvExporter exporter, ExportProject project, DateRange range, Path work, int lines)
            throws IOException {
        Files.createDirectories(work);
        Path file = work.resolve("p4-export.csv");
        try (var out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            exporter.write(project, ExportKind.ACCRUALS, range, false, out, ExportProgress.NONE);
        }
        InMemoryCsv csv;
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            csv = InMemoryCsv.read(reader);
        }
        Files.delete(file);
        if (csv.lines() != lines) {
            throw new IllegalStateException("the export wrote " + csv.lines() + " lines, " + lines + " were seeded");
        }
        return csv;
    }

    /** Herdbook's and the baseline's rate in one round (round 0 is the warm-up); both must write the same bytes. */
    private static double[] round(PayoutCsvExporter exporter, ExportProject project, DateRange range, InMemoryCsv baseline, int round,
                                  int lines) throws IOException {
        double[] rates = new double[2];
        String[] fingerprints = new String[2];
        for (int turn = 0; turn < 2; turn++) {
            int side = (turn + round) % 2;
            CountingSink sink = new CountingSink();
            long start = System.nanoTime();
            long written = side == 0 ? exporter.write(project, ExportKind.ACCRUALS, range, false, sink, ExportProgress.NONE) : baseline.print(sink);
            rates[side] = written / ((System.nanoTime() - start) / 1e9);
            fingerprints[side] = sink.fingerprint();
            if (written != lines) {
                throw new IllegalStateException((side == 0 ? "Herdbook" : "the baseline") + " wrote " + written + " lines, not " + lines);
            }
        }
        if (!fingerprints[0].equals(fingerprints[1])) {
            throw new IllegalStateException("Herdbook wrote " + fingerprints[0] + ", the baseline " + fingerprints[1] + ": not the same CSV");
        }
        return rates;
    }

    /** The export in a JVM capped at {@value #HEAP_LIMIT_MB} MB: its peak heap and its rate there (cold JIT included). */
    private static Map<String, String> child(BenchContext context, ExportSeed seed, LocalDate to, int lines) throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process process = new ProcessBuilder(java, "-Xmx" + HEAP_LIMIT_MB + "m", "-cp", System.getProperty("java.class.path"),
                ExportChild.class.getName(), context.database().jdbcUrl(), Long.toString(seed.organisationId()),
                Long.toString(seed.projectId()), FROM.toString(), to.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("the export with -Xmx" + HEAP_LIMIT_MB + "m did not finish: " + output.strip());
        }
        Matcher m = CHILD.matcher(output);
        if (!m.find() || Long.parseLong(m.group(1)) != lines) {
            throw new IllegalStateException("the export with -Xmx" + HEAP_LIMIT_MB + "m said: " + output.strip());
        }
        Map<String, String> extras = new LinkedHashMap<>();
        extras.put("heap_limit_mb", Integer.toString(HEAP_LIMIT_MB));
        extras.put("peak_heap_mb", m.group(3));
        extras.put("capped_rate", Long.toString(Math.round(lines / Double.parseDouble(m.group(2)))));
        return extras;
    }
}
