package io.herdbook.reports.exports;

import io.herdbook.jobs.tracking.Sql;
import io.herdbook.reports.range.DateRange;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Writes a project's payout CSV ({@link ExportKind}) for a range of whole local days, streamed: PostgreSQL hands
 * the rows over a forward-only cursor a few thousand at a time (it only does so inside a transaction, hence
 * autocommit off), read on a thread of their own ({@link RowBatches}) and printed batch by batch as they arrive, so
 * memory stays flat whatever the number of lines.
 * RFC 4180 CSV (Commons CSV's default format: comma, CRLF, quotes only where needed), UTF-8, optionally with a BOM
 * so Excel reads it as UTF-8.
 */
@Component
public class PayoutCsvExporter {

    /** How often the progress is told, in lines. */
    public static final int PROGRESS_EVERY = 10_000;
    private static final char BOM = '\uFEFF';
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT;

    private final DataSource dataSource;

    public PayoutCsvExporter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The header of {@code kind}'s export, as its first line reads. */
    public static List<String> header(ExportKind kind) {
        return ExportRows.of(kind).header();
    }

    /** How many lines (header not counted) {@code kind}'s export of {@code range} has. */
    public long count(ExportProject project, ExportKind kind, DateRange range) {
        return countSql(project, range, ExportRows.of(kind).count());
    }

    /** As {@link #count}, but counts no further than {@code limit} + 1: enough to say "more than limit", cheaply. */
    public long countUpTo(ExportProject project, ExportKind kind, DateRange range, long limit) {
        String sql = ExportRows.of(kind).count().replaceFirst("^SELECT count\\(\\*\\)", "SELECT 1");
        return countSql(project, range, "SELECT count(*) FROM (" + sql + " LIMIT " + (limit + 1) + ") up_to");
    }

    /**
     * Writes the header and every line of {@code kind} in {@code range} (the project's zone) to {@code out}, which is
     * flushed but left open. Returns the number of lines written, header not counted.
     */
    public long write(ExportProject project, ExportKind kind, DateRange range, boolean bom, OutputStream out, ExportProgress progress)
            throws IOException {
        requireZone(project, range);
        ExportRows rows = ExportRows.of(kind);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        if (bom) {
            writer.write(BOM);
        }
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(rows.header());
        long lines;
        try (RowBatches batches = RowBatches.start(dataSource, rows, project, range)) {
            lines = print(batches, printer, progress);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("the " + kind.word() + " export of project " + project.id() + " failed", e);
        }
        printer.flush();
        progress.linesWritten(lines);
        return lines;
    }

    private static long print(RowBatches batches, CSVPrinter printer, ExportProgress progress) throws SQLException, IOException {
        long lines = 0;
        RowBatches.Batch batch;
        while ((batch = batches.next()) != null) {
            for (int i = 0; i < batch.size(); i++) {
                printer.printRecord((Object[]) batch.rows()[i]);
                if (++lines % PROGRESS_EVERY == 0) {
                    progress.linesWritten(lines);
                }
            }
        }
        return lines;
    }

    private long countSql(ExportProject project, DateRange range, String sql) {
        requireZone(project, range);
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, project, range);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("counting the export of project " + project.id() + " failed", e);
        }
    }

    private static void bind(PreparedStatement statement, ExportProject project, DateRange range) throws SQLException {
        statement.setLong(1, project.organisationId());
        statement.setLong(2, project.id());
        statement.setObject(3, Sql.utc(range.start()));
        statement.setObject(4, Sql.utc(range.end()));
    }

    /** A range in another zone would cut the project's days at someone else's midnight. */
    private static void requireZone(ExportProject project, DateRange range) {
        if (!range.zone().equals(project.zone())) {
            throw new IllegalArgumentException("the range is in " + range.zone() + ", the project's days are in " + project.zone());
        }
    }
}
