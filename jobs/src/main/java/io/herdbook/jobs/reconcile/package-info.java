/**
 * The {@code deep-reconcile} job: for the active creators whose last whole walk is 30 days old or more (or never
 * happened, or whose tracking start moved back before it), largest gap between profile post count and stored posts
 * first, walk the whole post list and add every post that is missing, within a per-run budget of list pages; a walk
 * the budget cuts off goes on from its cursor in the next run. See this package's README.md.
 */
package io.herdbook.jobs.reconcile;
