/**
 * goal-evaluation's payout half: for each payout structure's closed period, the lines it owes (CPM per post, flat fee
 * per qualifying post, bonus per met goal), each computed from one frozen snapshot, rounded once, funded from the
 * campaign's budget in qualification order, and written once under the key (structure, creator, period, post, revision).
 */
package io.herdbook.jobs.payouts.accrual;
