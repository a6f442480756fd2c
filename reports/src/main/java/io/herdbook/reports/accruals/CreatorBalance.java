package io.herdbook.reports.accruals;

import java.math.BigDecimal;

/**
 * A creator's lines summed: {@code accrued} (every line's amount, adjustments included) = {@code paid} +
 * {@code unpaid}; {@code unfunded} is what campaign budgets could not fund, reported beside, never owed.
 */
public record CreatorBalance(long creatorId, BigDecimal accrued, BigDecimal paid, BigDecimal unpaid, BigDecimal unfunded) {
}
