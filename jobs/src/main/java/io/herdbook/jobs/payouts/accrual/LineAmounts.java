package io.herdbook.jobs.payouts.accrual;

import io.herdbook.jobs.payouts.CpmTier;
import io.herdbook.jobs.payouts.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * What one post earns under a structure's terms, computed exactly in {@link BigDecimal} and rounded once, at the
 * line, by {@link Money#line}. CPM tiers are marginal (like tax brackets): with tiers 0 → 2.00 and 100,000 → 1.00,
 * 150,000 views earn 100 × 2.00 + 50 × 1.00 = 250.00. The cap per post applies to the exact amount, before rounding.
 */
public final class LineAmounts {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private LineAmounts() {
    }

    /** The CPM line for {@code views}: zero below the structure's minimum views. */
    public static BigDecimal cpm(Terms terms, long views) {
        if (views < terms.minViews()) {
            return Money.ZERO;
        }
        BigDecimal exact = terms.tiers().isEmpty()
                ? BigDecimal.valueOf(views).multiply(terms.cpmRate()).divide(THOUSAND)
                : tiered(terms.tiers(), views);
        if (terms.capPerPost() != null && exact.compareTo(terms.capPerPost()) > 0) {
            exact = terms.capPerPost();
        }
        return Money.line(exact);
    }

    /** The flat fee when {@code views} reach the minimum, else zero. */
    public static BigDecimal flat(Terms terms, long views) {
        return views >= terms.minViews() ? Money.line(terms.flatFee()) : Money.ZERO;
    }

    private static BigDecimal tiered(List<CpmTier> tiers, long views) {
        BigDecimal exact = BigDecimal.ZERO;
        for (int i = 0; i < tiers.size(); i++) {
            long from = tiers.get(i).fromViews();
            long to = i + 1 < tiers.size() ? tiers.get(i + 1).fromViews() : Long.MAX_VALUE;
            long inTier = Math.max(0, Math.min(views, to) - from);
            exact = exact.add(BigDecimal.valueOf(inTier).multiply(tiers.get(i).cpmRate()));
        }
        // Division by 1,000 is exact in decimal: no rounding happens before Money.line.
        return exact.divide(THOUSAND);
    }
}
