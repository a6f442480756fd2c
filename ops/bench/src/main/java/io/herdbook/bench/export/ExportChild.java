package io.herdbook.bench.export;

import io.herdbook.reports.exports.ExportKind;
import io.herdbook.reports.exports.ExportProgress;
import io.herdbook.reports.exports.ExportProject;
import io.herdbook.reports.exports.PayoutCsvExporter;
import io.herdbook.reports.range.DateRange;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The export in a JVM of its own, started by {@link ExportFigure} with a capped heap: writes the accrual export to a
 * {@link CountingSink} and prints {@code lines=<n> seconds=<s> peak_heap_mb=<m> fingerprint=<…>}. Arguments: JDBC URL,
 * organisation id, project id, from, to.
 */
public final class ExportChild {

    private ExportChild() {
    }

    public static void main(String[] args) throws Exception {
        var dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), args[0], "postgres", "");
        ZoneId zone = ZoneId.of(ExportSeed.ZONE);
        ExportProject project = new ExportProject(Long.parseLong(args[1]), Long.parseLong(args[2]), ExportSeed.PROJECT, zone);
        DateRange range = new DateRange(LocalDate.parse(args[3]), LocalDate.parse(args[4]), zone);
        CountingSink sink = new CountingSink();
        long start = System.nanoTime();
        long lines = new PayoutCsvExporter(dataSource).write(project, ExportKind.ACCRUALS, range, false, sink, ExportProgress.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.println("lines=" + lines + " seconds=" + seconds + " peak_heap_mb=" + peak / (1024 * 1024)
                + " fingerprint=" + sink.fingerprint().replace(' ', '_'));
    }
}
