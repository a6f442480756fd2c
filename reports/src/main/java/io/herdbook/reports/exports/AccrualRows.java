package io.herdbook.reports.exports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The accrual lines of a project whose {@code accrued_at} falls in the window, with the names finance reads. */
final class AccrualRows implements ExportRows {

    static final AccrualRows INSTANCE = new AccrualRows();

    /** The header; its names and order are a contract (pinned by a test, documented in the README). */
    static final List<String> HEADER = List.of("line_id", "accrued_at", "accrual_date", "project", "creator_handle", "kind",
            "structure", "post_id", "post_url", "period_start", "period_end", "views", "snapshot_observed_at",
            "computed_amount", "amount", "unfunded_amount", "revision", "adjusts_line", "payment_reference", "paid_at", "note");

    private static final String WHERE = """
             WHERE a.organisation_id = ? AND a.project_id = ? AND a.accrued_at >= ? AND a.accrued_at < ?
            """;

    private AccrualRows() {
    }

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public String select() {
        // Every join is on (organisation_id, id): a line can only name its own tenant's rows.
        return """
                SELECT a.id, a.accrued_at, c.handle, a.kind, s.name, p.platform_post_id, p.url, a.period_start, a.period_to,
                       a.views, a.snapshot_observed_at, a.computed_amount, a.amount, a.unfunded_amount, a.revision, a.adjusts_id,
                       pay.reference, pay.paid_at, a.note
                  FROM payout_accruals a
                  JOIN creators c ON c.organisation_id = a.organisation_id AND c.id = a.creator_id
                  JOIN payout_structures s ON s.organisation_id = a.organisation_id AND s.id = a.structure_id
                  LEFT JOIN posts p ON p.organisation_id = a.organisation_id AND p.id = a.post_id
                  LEFT JOIN payout_payments pay ON pay.organisation_id = a.organisation_id AND pay.id = a.payment_id
                """ + WHERE + " ORDER BY a.accrued_at, a.id";
    }

    @Override
    public String count() {
        return "SELECT count(*) FROM payout_accruals a" + WHERE;
    }

    @Override
    public void cells(ResultSet rs, ExportProject project, String[] cells) throws SQLException {
        Instant accruedAt = ExportRows.instant(rs, 2);
        cells[0] = Long.toString(rs.getLong(1));
        cells[1] = CsvCells.instant(accruedAt);
        cells[2] = CsvCells.date(ExportRows.localDate(accruedAt, project.zone()));
        cells[3] = CsvCells.text(project.slug());
        cells[4] = CsvCells.text(rs.getString(3));
        cells[5] = rs.getString(4);
        cells[6] = CsvCells.text(rs.getString(5));
        cells[7] = CsvCells.text(rs.getString(6));
        cells[8] = CsvCells.text(rs.getString(7));
        cells[9] = CsvCells.date(rs.getObject(8, LocalDate.class));
        cells[10] = CsvCells.date(ExportRows.localDate(ExportRows.instant(rs, 9), project.zone()));
        cells[11] = CsvCells.number(ExportRows.nullableLong(rs, 10));
        cells[12] = CsvCells.instant(ExportRows.instant(rs, 11));
        cells[13] = CsvCells.money(rs.getBigDecimal(12));
        cells[14] = CsvCells.money(rs.getBigDecimal(13));
        cells[15] = CsvCells.money(rs.getBigDecimal(14));
        cells[16] = Integer.toString(rs.getInt(15));
        cells[17] = CsvCells.number(ExportRows.nullableLong(rs, 16));
        cells[18] = CsvCells.text(rs.getString(17));
        cells[19] = CsvCells.instant(ExportRows.instant(rs, 18));
        cells[20] = CsvCells.text(rs.getString(19));
    }
}
