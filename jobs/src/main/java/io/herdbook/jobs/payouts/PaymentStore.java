package io.herdbook.jobs.payouts;

import io.herdbook.jobs.tracking.Sql;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Payments and their receipts, within one organisation. Paying lines is {@link PaymentRecorder}'s. */
@Repository
public class PaymentStore {

    private static final String SELECT = """
            SELECT p.id, p.creator_id, p.method_id, p.amount, p.reference, p.paid_at, p.receipt_file, p.receipt_content_type,
                   p.receipt_uploaded_at, p.created_at,
                   ARRAY(SELECT a.id FROM payout_accruals a WHERE a.payment_id = p.id ORDER BY a.id) AS accrual_ids
              FROM payout_payments p""";

    private final JdbcTemplate jdbc;

    public PaymentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Payment> find(long organisation, long id) {
        return jdbc.query(SELECT + " WHERE p.organisation_id = ? AND p.id = ?", PaymentStore::payment, organisation, id).stream().findFirst();
    }

    /** Up to {@code limit} of the creator's payments, newest first, after {@code after} (null: from the newest). */
    public List<Payment> list(long organisation, long creator, Keyset after, int limit) {
        List<Object> args = new ArrayList<>(List.of(organisation, creator));
        String keyset = "";
        if (after != null) {
            keyset = " AND (p.paid_at, p.id) < (?, ?)";
            args.addAll(List.of(Sql.utc(after.at()), after.id()));
        }
        args.add(limit);
        return jdbc.query(SELECT + " WHERE p.organisation_id = ? AND p.creator_id = ?" + keyset + " ORDER BY p.paid_at DESC, p.id DESC LIMIT ?",
                PaymentStore::payment, args.toArray());
    }

    /** Whether the organisation has a payment with this reference. */
    public boolean referenceInUse(long organisation, String reference) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM payout_payments WHERE organisation_id = ? AND reference = ?)", Boolean.class, organisation, reference));
    }

    /**
     * Records the payment's receipt, replacing any earlier one.
     *
     * @return empty when the organisation has no such payment; else the replaced receipt's file name, or "" for none
     */
    public Optional<String> attachReceipt(long organisation, long id, String file, String contentType, Instant at) {
        List<String> previous = jdbc.queryForList("""
                UPDATE payout_payments p SET receipt_file = ?, receipt_content_type = ?, receipt_uploaded_at = ?
                  FROM payout_payments old WHERE old.id = p.id AND p.organisation_id = ? AND p.id = ?
                RETURNING coalesce(old.receipt_file, '')""", String.class, file, contentType, Sql.utc(at), organisation, id);
        return previous.stream().findFirst();
    }

    private static Payment payment(ResultSet rs, int row) throws SQLException {
        Long[] ids = (Long[]) rs.getArray("accrual_ids").getArray();
        BigDecimal amount = rs.getBigDecimal("amount");
        return new Payment(rs.getLong("id"), rs.getLong("creator_id"), Sql.nullableLong(rs, "method_id"), amount,
                rs.getString("reference"), Sql.instant(rs, "paid_at"), rs.getString("receipt_file"), rs.getString("receipt_content_type"),
                Sql.instant(rs, "receipt_uploaded_at"), Sql.instant(rs, "created_at"), Arrays.asList(ids));
    }
}
