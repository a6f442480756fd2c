package io.herdbook.reports.accruals;

import io.herdbook.jobs.payouts.Keyset;
import io.herdbook.jobs.tracking.Sql;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads accrual lines, balances and budgets of one organisation. */
@Repository
public class AccrualLines {

    private static final String SELECT = """
            SELECT a.*, po.url AS post_url, pay.reference AS payment_reference, pay.paid_at AS payment_paid_at
              FROM payout_accruals a
              LEFT JOIN posts po ON po.organisation_id = a.organisation_id AND po.id = a.post_id
              LEFT JOIN payout_payments pay ON pay.organisation_id = a.organisation_id AND pay.id = a.payment_id""";

    private final JdbcTemplate jdbc;

    public AccrualLines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} of the project's lines matching {@code query}, oldest first by (accrued_at, id), after {@code after}. */
    public List<AccrualLine> list(long organisation, long project, AccrualQuery query, Keyset after, int limit) {
        StringBuilder where = new StringBuilder(" WHERE a.organisation_id = ? AND a.project_id = ?");
        List<Object> args = new ArrayList<>(List.of(organisation, project));
        if (query.creatorId() != null) {
            where.append(" AND a.creator_id = ?");
            args.add(query.creatorId());
        }
        if (query.paid() != null) {
            where.append(query.paid() ? " AND a.payment_id IS NOT NULL" : " AND a.payment_id IS NULL");
        }
        if (query.from() != null) {
            where.append(" AND a.accrued_at >= ?");
            args.add(Sql.utc(query.from()));
        }
        if (query.to() != null) {
            where.append(" AND a.accrued_at < ?");
            args.add(Sql.utc(query.to()));
        }
        if (after != null) {
            where.append(" AND (a.accrued_at, a.id) > (?, ?)");
            args.addAll(List.of(Sql.utc(after.at()), after.id()));
        }
        args.add(limit);
        return jdbc.query(SELECT + where + " ORDER BY a.accrued_at, a.id LIMIT ?", AccrualLines::line, args.toArray());
    }

    public Optional<AccrualLine> find(long organisation, long id) {
        return jdbc.query(SELECT + " WHERE a.organisation_id = ? AND a.id = ?", AccrualLines::line, organisation, id).stream().findFirst();
    }

    /** The creator's lines summed (all zero for a creator without lines). */
    public CreatorBalance balance(long organisation, long creator) {
        return jdbc.queryForObject("""
                SELECT coalesce(sum(amount), 0) AS accrued,
                       coalesce(sum(amount) FILTER (WHERE payment_id IS NOT NULL), 0) AS paid,
                       coalesce(sum(amount) FILTER (WHERE payment_id IS NULL), 0) AS unpaid,
                       coalesce(sum(unfunded_amount), 0) AS unfunded
                  FROM payout_accruals WHERE organisation_id = ? AND creator_id = ?""",
                (rs, i) -> new CreatorBalance(creator, money(rs, "accrued"), money(rs, "paid"), money(rs, "unpaid"), money(rs, "unfunded")),
                organisation, creator);
    }

    /** The lines of the campaign's structures summed against its budget. */
    public CampaignBudget budget(long organisation, long campaign, BigDecimal budget) {
        return jdbc.queryForObject("""
                SELECT coalesce(sum(a.amount), 0) AS accrued, coalesce(sum(a.unfunded_amount), 0) AS unfunded
                  FROM payout_accruals a JOIN payout_structures s ON s.id = a.structure_id
                 WHERE a.organisation_id = ? AND s.organisation_id = ? AND s.campaign_id = ?""",
                (rs, i) -> {
                    BigDecimal accrued = money(rs, "accrued");
                    return new CampaignBudget(campaign, budget, accrued, money(rs, "unfunded"), budget == null ? null : budget.subtract(accrued));
                }, organisation, organisation, campaign);
    }

    /** A sum at the columns' scale: {@code coalesce(sum(...), 0)} of no rows is a bare 0. */
    private static BigDecimal money(ResultSet rs, String column) throws SQLException {
        return rs.getBigDecimal(column).setScale(2);
    }

    private static AccrualLine line(ResultSet rs, int row) throws SQLException {
        Long paymentId = Sql.nullableLong(rs, "payment_id");
        AccrualLine.PaymentRef payment = paymentId == null ? null
                : new AccrualLine.PaymentRef(paymentId, rs.getString("payment_reference"), Sql.instant(rs, "payment_paid_at"));
        AccrualLine.Evidence evidence = new AccrualLine.Evidence(Sql.nullableLong(rs, "post_id"), rs.getString("post_url"),
                Sql.instant(rs, "snapshot_observed_at"), Sql.nullableLong(rs, "views"), Sql.nullableLong(rs, "goal_result_id"));
        return new AccrualLine(rs.getLong("id"), rs.getLong("project_id"), rs.getLong("structure_id"), rs.getLong("creator_id"),
                rs.getString("kind"), rs.getObject("period_start", LocalDate.class), Sql.instant(rs, "period_from"),
                Sql.instant(rs, "period_to"), evidence, rs.getBigDecimal("computed_amount"), rs.getBigDecimal("amount"),
                rs.getBigDecimal("unfunded_amount"), Sql.instant(rs, "qualified_at"), Sql.instant(rs, "accrued_at"),
                rs.getInt("revision"), Sql.nullableLong(rs, "adjusts_id"), rs.getString("note"), payment);
    }
}
