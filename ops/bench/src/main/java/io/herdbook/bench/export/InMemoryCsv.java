package io.herdbook.bench.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * P4's baseline: the export's own cells held in memory, printed by Commons CSV through the same writer stack the
 * exporter uses (UTF-8, 64 KB buffer, the default format). Cells that repeat across lines (names, dates, amounts) are
 * shared, as a program holding its rows would share them; the columns unique to each line are not.
 */
final class InMemoryCsv {

    private static final Set<String> UNIQUE_PER_LINE = Set.of("line_id", "accrued_at", "note");

    private final List<String> header;
    private final List<String[]> rows;

    private InMemoryCsv(List<String> header, List<String[]> rows) {
        this.header = header;
        this.rows = rows;
    }

    /** Reads an export's CSV (as Herdbook wrote it) into memory. */
    static InMemoryCsv read(Reader csv) throws IOException {
        Map<String, String> shared = new HashMap<>();
        List<String[]> rows = new ArrayList<>();
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
            List<String> header = parser.getHeaderNames();
            boolean[] repeats = new boolean[header.size()];
            for (int i = 0; i < repeats.length; i++) {
                repeats[i] = !UNIQUE_PER_LINE.contains(header.get(i));
            }
            for (CSVRecord record : parser) {
                String[] cells = record.values();
                for (int i = 0; i < cells.length; i++) {
                    if (repeats[i]) {
                        cells[i] = shared.computeIfAbsent(cells[i], cell -> cell);
                    }
                }
                rows.add(cells);
            }
            return new InMemoryCsv(header, rows);
        }
    }

    int lines() {
        return rows.size();
    }

    /** Prints the header and every row to {@code out}; returns the lines printed. */
    long print(OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        printer.printRecord(header);
        for (String[] row : rows) {
            printer.printRecord((Object[]) row);
        }
        printer.flush();
        return rows.size();
    }
}
