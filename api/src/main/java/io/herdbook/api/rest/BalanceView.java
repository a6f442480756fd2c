package io.herdbook.api.rest;

import io.herdbook.jobs.payouts.Money;
import io.herdbook.reports.accruals.CreatorBalance;

/** A creator's balance: accrued = paid + unpaid; unfunded (what budgets could not fund) beside it. */
record BalanceView(long creatorId, String accrued, String paid, String unpaid, String unfunded) {

    static BalanceView of(CreatorBalance b) {
        return new BalanceView(b.creatorId(), Money.text(b.accrued()), Money.text(b.paid()), Money.text(b.unpaid()), Money.text(b.unfunded()));
    }
}
