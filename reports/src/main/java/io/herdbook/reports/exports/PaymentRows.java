package io.herdbook.reports.exports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The payments to a project's creators whose {@code paid_at} falls in the window, each with the accrual lines it
 * settled (count and sum), so finance can reconcile a payment with the lines behind it.
 */
final class PaymentRows implements ExportRows {

    static final PaymentRows INSTANCE = new PaymentRows();

    /** The header; its names and order are a contract (pinned by a test, documented in the README). */
    static final List<String> HEADER = List.of("payment_id", "paid_at", "paid_date", "project", "creator_handle", "amount",
            "reference", "method", "method_details", "accrual_lines", "accrued_amount", "receipt_uploaded_at", "recorded_at");

    // A payment has no project of its own: it is the project's through its creator.
    private static final String FROM = """
              FROM payout_payments pay
              JOIN creators c ON c.organisation_id = pay.organisation_id AND c.id = pay.creator_id
            """;
    private static final String WHERE = """
             WHERE pay.organisation_id = ? AND c.project_id = ? AND pay.paid_at >= ? AND pay.paid_at < ?
            """;

    private PaymentRows() {
    }

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public String select() {
        return """
                SELECT pay.id, pay.paid_at, c.handle, pay.amount, pay.reference, pay.method_kind AS kind, pay.method_details AS details,
                       settled.lines, settled.amount, pay.receipt_uploaded_at, pay.created_at
                """ + FROM + """
                  LEFT JOIN LATERAL (SELECT count(*) AS lines, coalesce(sum(a.amount), 0) AS amount FROM payout_accruals a
                                      WHERE a.organisation_id = pay.organisation_id AND a.payment_id = pay.id) settled ON true
                """ + WHERE + " ORDER BY pay.paid_at, pay.id";
    }

    @Override
    public String count() {
        return "SELECT count(*)" + FROM + WHERE;
    }

    @Override
    public void cells(ResultSet rs, ExportProject project, String[] cells) throws SQLException {
        Instant paidAt = ExportRows.instant(rs, 2);
        cells[0] = Long.toString(rs.getLong(1));
        cells[1] = CsvCells.instant(paidAt);
        cells[2] = CsvCells.date(ExportRows.localDate(paidAt, project.zone()));
        cells[3] = CsvCells.text(project.slug());
        cells[4] = CsvCells.text(rs.getString(3));
        cells[5] = CsvCells.money(rs.getBigDecimal(4));
        cells[6] = CsvCells.text(rs.getString(5));
        cells[7] = CsvCells.text(rs.getString(6));
        cells[8] = CsvCells.text(rs.getString(7));
        cells[9] = Long.toString(rs.getLong(8));
        cells[10] = CsvCells.money(rs.getBigDecimal(9));
        cells[11] = CsvCells.instant(ExportRows.instant(rs, 10));
        cells[12] = CsvCells.instant(ExportRows.instant(rs, 11));
    }
}
