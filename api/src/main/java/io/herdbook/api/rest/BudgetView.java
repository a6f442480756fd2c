package io.herdbook.api.rest;

import io.herdbook.jobs.payouts.Money;
import io.herdbook.reports.accruals.CampaignBudget;

/** A campaign's budget against its lines; {@code budget} and {@code remaining} null when it has no budget. */
record BudgetView(long campaignId, String budget, String accrued, String unfunded, String remaining) {

    static BudgetView of(CampaignBudget budget) {
        return new BudgetView(budget.campaignId(), MoneyText.of(budget.budget()), Money.text(budget.accrued()),
                Money.text(budget.unfunded()), MoneyText.of(budget.remaining()));
    }
}
