/**
 * Money: payout structures (CPM with cap and marginal tiers, flat fee per qualifying post, goal bonus), the
 * accrual lines goal-evaluation writes from frozen views, campaign budgets, and the one rounding rule
 * ({@link io.herdbook.jobs.payouts.Money}).
 *
 * <p>The stores behind the payout API, each scoped by organisation in every query: {@code CampaignStore}
 * (campaigns and members), {@code PayoutStructureStore} (structures and tiers; terms frozen once a structure has
 * lines, since they are the lines' evidence), {@code PayoutMethodStore} (at most one default per creator),
 * {@code PaymentRecorder} (pays lines in one transaction, locking them {@code FOR UPDATE}) and {@code PaymentStore}
 * (payments and receipts). A refused change throws {@code PayoutRefusedException} and changes nothing.
 */
package io.herdbook.jobs.payouts;
