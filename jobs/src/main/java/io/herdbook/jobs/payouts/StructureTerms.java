package io.herdbook.jobs.payouts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a payout structure pays, and for what: the terms accrual lines are computed from, and so part of their
 * evidence. Money is at scale 2 ({@link Money#of}); fields that are not terms of the structure's kind are null.
 *
 * @param tiers          CPM only; empty: {@code cpmRate} pays every view
 * @param minViews       CPM and flat: a post qualifies with at least this many views
 * @param viewWindowDays CPM and flat: null (off) or views as of N days after the post went up
 */
public record StructureTerms(BigDecimal cpmRate, BigDecimal capPerPost, List<CpmTier> tiers, BigDecimal flatFee,
                             long minViews, Integer viewWindowDays, Long goalId, BigDecimal bonusAmount) {

    /** The most tiers a structure has. */
    public static final int MAX_TIERS = 20;

    public StructureTerms {
        tiers = List.copyOf(tiers);
    }

    /**
     * The rate of a post's first views: {@code cpmRate}, or, when only tiers are given, the first tier's (the
     * column is required for CPM, and tiers start at 0 views).
     */
    public BigDecimal baseRate() {
        return cpmRate != null || tiers.isEmpty() ? cpmRate : tiers.getFirst().cpmRate();
    }

    /** Every way these terms do not fit {@code kind}, by request field name; empty when they do. */
    public List<FieldProblem> problems(PayoutKind kind) {
        List<FieldProblem> problems = new ArrayList<>();
        require(problems, kind == PayoutKind.CPM, kind == PayoutKind.CPM ? baseRate() : cpmRate, "cpm_rate", kind);
        require(problems, kind == PayoutKind.FLAT_PER_POST, flatFee, "flat_fee", kind);
        require(problems, kind == PayoutKind.GOAL_BONUS, goalId, "goal_id", kind);
        require(problems, kind == PayoutKind.GOAL_BONUS, bonusAmount, "bonus_amount", kind);
        refuse(problems, kind != PayoutKind.CPM, capPerPost, "cap_per_post", kind);
        refuse(problems, kind != PayoutKind.CPM, tiers.isEmpty() ? null : tiers, "tiers", kind);
        refuse(problems, kind == PayoutKind.GOAL_BONUS, minViews == 0 ? null : minViews, "min_views", kind);
        refuse(problems, kind == PayoutKind.GOAL_BONUS, viewWindowDays, "view_window_days", kind);
        if (minViews < 0) {
            problems.add(new FieldProblem("min_views", "must be 0 or more"));
        }
        if (viewWindowDays != null && (viewWindowDays < 1 || viewWindowDays > 365)) {
            problems.add(new FieldProblem("view_window_days", "must be between 1 and 365 (or left out: off)"));
        }
        tierProblems(problems);
        return problems;
    }

    private void tierProblems(List<FieldProblem> problems) {
        if (tiers.size() > MAX_TIERS) {
            problems.add(new FieldProblem("tiers", "at most " + MAX_TIERS + " tiers, not " + tiers.size()));
        }
        for (int i = 0; i < tiers.size(); i++) {
            long from = tiers.get(i).fromViews();
            if (i == 0 && from != 0) {
                problems.add(new FieldProblem("tiers[0].from_views", "the first tier starts at 0 views, not " + from));
            }
            if (i > 0 && from <= tiers.get(i - 1).fromViews()) {
                problems.add(new FieldProblem("tiers[" + i + "].from_views",
                        "tiers go up strictly: " + from + " is not above " + tiers.get(i - 1).fromViews()));
            }
            if (tiers.get(i).cpmRate().signum() < 0) {
                problems.add(new FieldProblem("tiers[" + i + "].cpm_rate", "must be 0 or more"));
            }
        }
        if (!tiers.isEmpty() && cpmRate != null && cpmRate.compareTo(tiers.getFirst().cpmRate()) != 0) {
            // The tiers start at 0 views, so the first tier's rate is the base rate; two different ones would be ambiguous.
            problems.add(new FieldProblem("cpm_rate", "with tiers, cpm_rate is the first tier's rate ("
                    + Money.text(tiers.getFirst().cpmRate()) + ") or left out"));
        }
    }

    private static void require(List<FieldProblem> problems, boolean needed, Object value, String field, PayoutKind kind) {
        if (needed && value == null) {
            problems.add(new FieldProblem(field, "is required for a " + kind + " structure"));
        }
        if (!needed && value != null) {
            problems.add(new FieldProblem(field, "is not a term of a " + kind + " structure"));
        }
    }

    private static void refuse(List<FieldProblem> problems, boolean notOfKind, Object value, String field, PayoutKind kind) {
        if (notOfKind && value != null) {
            problems.add(new FieldProblem(field, "is not a term of a " + kind + " structure"));
        }
    }
}
