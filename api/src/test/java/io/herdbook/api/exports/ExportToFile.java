package io.herdbook.api.exports;

import io.herdbook.reports.exports.ExportKind;
import io.herdbook.reports.exports.ExportProgress;
import io.herdbook.reports.exports.ExportProject;
import io.herdbook.reports.exports.PayoutCsvExporter;
import io.herdbook.reports.range.DateRange;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A child JVM's main for the million-line test: runs one accrual export to a file and prints
 * {@code lines=<n> peak_heap_mb=<m>}. Arguments: JDBC URL, user, password, organisation id, project id, project slug,
 * zone, from, to, file.
 */
public final class ExportToFile {

    private ExportToFile() {
    }

    public static void main(String[] args) throws Exception {
        var dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), args[0], args[1], args[2]);
        ZoneId zone = ZoneId.of(args[6]);
        ExportProject project = new ExportProject(Long.parseLong(args[3]), Long.parseLong(args[4]), args[5], zone);
        DateRange range = new DateRange(LocalDate.parse(args[7]), LocalDate.parse(args[8]), zone);
        long lines;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[9])), 1 << 16)) {
            lines = new PayoutCsvExporter(dataSource).write(project, ExportKind.ACCRUALS, range, false, out, ExportProgress.NONE);
        }
        System.out.println("lines=" + lines + " peak_heap_mb=" + peakHeapBytes() / (1024 * 1024));
    }

    /** The sum of every heap pool's peak: an upper bound of the heap the run ever used. */
    static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
