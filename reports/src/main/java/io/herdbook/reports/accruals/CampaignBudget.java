package io.herdbook.reports.accruals;

import java.math.BigDecimal;

/**
 * A campaign's budget against its structures' lines.
 *
 * @param budget    null: no budget (then {@code remaining} is null too)
 * @param accrued   the lines' amounts summed
 * @param unfunded  what the budget could not fund, summed
 * @param remaining {@code budget - accrued}
 */
public record CampaignBudget(long campaignId, BigDecimal budget, BigDecimal accrued, BigDecimal unfunded, BigDecimal remaining) {
}
