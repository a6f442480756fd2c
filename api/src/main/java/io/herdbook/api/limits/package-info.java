/**
 * Plan tiers and their limits. An organisation's {@link io.herdbook.api.limits.Plan} (free, starter, ultra) gives a
 * figure for each {@link io.herdbook.api.limits.LimitName}; a row in {@code limit_overrides} replaces it for one
 * organisation (or, for organisations per user, one person). {@link io.herdbook.api.limits.PlanLimits} reads the
 * figure that applies; {@link io.herdbook.api.limits.Admission} enforces it atomically in PostgreSQL: capacities
 * (creators, projects) under a lock on the organisation's row taken in the transaction that inserts, per-day counts by
 * one conditional upsert, so neither concurrent requests nor several nodes can admit more than the figure (C17).
 * A limit hit is a 402 (a plan's capacity) or a 429 with {@code Retry-After} (a per-day rate), both naming the limit.
 */
package io.herdbook.api.limits;
