package io.herdbook.jobs.payouts;

import java.math.BigDecimal;

/** A marginal CPM tier: a post's views from {@code fromViews} on (to the next tier) are paid at {@code cpmRate} per 1,000. */
public record CpmTier(long fromViews, BigDecimal cpmRate) {
}
