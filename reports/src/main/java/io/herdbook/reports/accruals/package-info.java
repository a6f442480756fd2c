/**
 * Accrual lines as finance reads them: a project's lines with their evidence (the post and the frozen
 * snapshot, or the goal result) and their payment, page by keyset on (accrued_at, id); a creator's balance
 * (accrued, paid, unpaid, unfunded) and a campaign's budget (accrued and unfunded against it). Every figure is
 * an SQL sum of numeric(14,2) columns scoped by organisation, so no amount is ever re-rounded here.
 */
package io.herdbook.reports.accruals;
