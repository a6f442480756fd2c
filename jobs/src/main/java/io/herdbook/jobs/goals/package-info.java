/**
 * Goals and the {@code goal-evaluation} job: a target per creator per period (weekly or monthly, whole
 * local days in the project's time zone as half-open UTC windows), evaluated once per (goal, creator,
 * period) when the period has been closed for 48 hours, from the stats observed before that mark.
 */
package io.herdbook.jobs.goals;
