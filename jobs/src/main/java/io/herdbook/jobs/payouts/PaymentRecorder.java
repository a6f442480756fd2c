package io.herdbook.jobs.payouts;

import io.herdbook.jobs.tracking.Sql;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pays accrual lines: in one transaction it locks the lines, checks they are the creator's and unpaid, stores the
 * payment with their sum as its amount, and attaches them to it. Anything wrong rolls all of it back.
 *
 * <p>The lines are locked {@code FOR UPDATE} in id order, so two payments of the same lines queue up and the
 * second finds them paid (409) rather than paying them twice; the accruals' trigger, which lets a line's payment
 * be set once, is the last guard and is answered as a conflict too.
 */
@Service
public class PaymentRecorder {

    /** PostgreSQL's SQLSTATE for RAISE EXCEPTION (the payout_accruals_immutable trigger). */
    private static final String RAISED = "P0001";

    private final JdbcTemplate jdbc;
    private final PaymentStore payments;

    public PaymentRecorder(JdbcTemplate jdbc, PaymentStore payments) {
        this.jdbc = jdbc;
        this.payments = payments;
    }

    /** @throws PayoutRefusedException NOT_FOUND, INVALID or CONFLICT (paid lines, a reference in use), having changed nothing */
    @Transactional
    public Payment pay(long organisation, NewPayment payment) {
        List<Line> lines = lock(organisation, payment.accrualIds());
        check(payment, lines);
        if (payments.referenceInUse(organisation, payment.reference())) {
            throw PayoutRefusedException.conflict("reference '" + payment.reference() + "' is already a payment's in this organisation");
        }
        BigDecimal amount = lines.stream().map(Line::amount).reduce(Money.ZERO, BigDecimal::add);
        if (amount.signum() <= 0) {
            throw PayoutRefusedException.invalid("accrual_ids", "the lines sum to " + Money.text(amount)
                    + "; a payment pays more than nothing (lines the budget could not fund owe 0.00)");
        }
        long id = insert(organisation, payment, amount);
        attach(organisation, id, payment.accrualIds());
        return payments.find(organisation, id).orElseThrow();
    }

    private List<Line> lock(long organisation, List<Long> ids) {
        return jdbc.query("""
                SELECT id, creator_id, payment_id, amount FROM payout_accruals
                 WHERE organisation_id = ? AND id = ANY (?::bigint[]) ORDER BY id FOR UPDATE""",
                (rs, i) -> new Line(rs.getLong("id"), rs.getLong("creator_id"), Sql.nullableLong(rs, "payment_id"), rs.getBigDecimal("amount")),
                organisation, ids.toArray(Long[]::new));
    }

    private static void check(NewPayment payment, List<Line> lines) {
        List<Long> missing = new ArrayList<>(payment.accrualIds());
        lines.forEach(line -> missing.remove(line.id()));
        if (!missing.isEmpty()) {
            throw PayoutRefusedException.notFound("no accrual line " + join(missing));
        }
        List<Long> others = lines.stream().filter(l -> l.creatorId() != payment.creatorId()).map(Line::id).toList();
        if (!others.isEmpty()) {
            throw PayoutRefusedException.invalid("accrual_ids", "line " + join(others) + " is not creator " + payment.creatorId() + "'s");
        }
        List<String> paid = lines.stream().filter(l -> l.paymentId() != null).map(l -> l.id() + " (payment " + l.paymentId() + ")").toList();
        if (!paid.isEmpty()) {
            throw PayoutRefusedException.conflict("accrual line " + String.join(", ", paid) + " is already paid; nothing was recorded");
        }
    }

    private long insert(long organisation, NewPayment payment, BigDecimal amount) {
        try {
            return jdbc.queryForObject("""
                    INSERT INTO payout_payments (organisation_id, creator_id, method_id, method_kind, method_details, amount, reference, paid_at)
                    SELECT ?, ?, m.id, m.kind, m.details, ?, ?, ?
                      FROM (SELECT 1) one LEFT JOIN payout_methods m ON m.organisation_id = ? AND m.id = ?
                    RETURNING id""", Long.class, organisation, payment.creatorId(), amount, payment.reference(), Sql.utc(payment.paidAt()),
                    organisation, payment.methodId());
        } catch (DuplicateKeyException e) {
            throw PayoutRefusedException.conflict("reference '" + payment.reference() + "' is already a payment's in this organisation");
        }
    }

    private void attach(long organisation, long payment, List<Long> ids) {
        try {
            int attached = jdbc.update("UPDATE payout_accruals SET payment_id = ? WHERE organisation_id = ? AND id = ANY (?::bigint[]) AND payment_id IS NULL",
                    payment, organisation, ids.toArray(Long[]::new));
            if (attached != ids.size()) {
                throw PayoutRefusedException.conflict("some of the accrual lines were paid meanwhile; nothing was recorded");
            }
        } catch (DataAccessException e) {
            if (raisedByTrigger(e)) {
                throw PayoutRefusedException.conflict("an accrual line is already paid: " + e.getMostSpecificCause().getMessage());
            }
            throw e;
        }
    }

    private static boolean raisedByTrigger(DataAccessException e) {
        return e.getMostSpecificCause() instanceof SQLException sql && RAISED.equals(sql.getSQLState());
    }

    private static String join(List<Long> ids) {
        return String.join(", ", ids.stream().map(String::valueOf).toList());
    }

    private record Line(long id, long creatorId, Long paymentId, BigDecimal amount) {
    }
}
