/**
 * Money: payout structures (CPM with cap and marginal tiers, flat fee per qualifying post, goal bonus), the
 * accrual lines goal-evaluation writes from frozen views, campaign budgets, and the one rounding rule
 * ({@link io.herdbook.jobs.payouts.Money}).
 */
package io.herdbook.jobs.payouts;
