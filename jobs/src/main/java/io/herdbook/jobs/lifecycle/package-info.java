/**
 * A creator's lifecycle beyond what one fetch implies: failure accounting over discovery slots and the auto-disable
 * it leads to ({@link io.herdbook.jobs.lifecycle.FailureAccounting}), and an operator's re-enable and rename
 * ({@link io.herdbook.jobs.lifecycle.CreatorLifecycle}), each leaving an event in the creator's history. Settings:
 * {@link io.herdbook.jobs.lifecycle.FailureProperties} ({@code herdbook.failures.*}).
 */
package io.herdbook.jobs.lifecycle;
