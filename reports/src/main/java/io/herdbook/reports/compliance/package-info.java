/**
 * Goal compliance: for each goal of a project, each creator it covers and the goal's period containing a
 * given day — the metric's actual value, the target, whether it was met and over how many posts — with the
 * advisories that say how far to trust a figure that is not final yet.
 *
 * <p>A period that {@code goal-evaluation} has evaluated is reported from its stored {@code goal_results}
 * (final, with when it was evaluated), never recomputed. Any other period is measured live, through the same
 * {@link io.herdbook.jobs.goals.PeriodPosts} query the job uses, from the stats observed before "now" (the
 * injected clock) or before the period's end + 48 h, whichever is earlier: the evaluation will use the
 * same stats, so a live figure of a period past the 48 h mark is already the figure the job will store.
 *
 * <p>Advisories ({@link io.herdbook.reports.compliance.ComplianceAdvisory}): the period is in progress; it
 * closed less than 48 h ago; the creator's stats may be stale (only while the period is not past the 48 h
 * mark, the only time a refresh can still move its figures); the period lies before the goal's first one.
 */
package io.herdbook.reports.compliance;
