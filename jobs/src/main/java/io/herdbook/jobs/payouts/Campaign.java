package io.herdbook.jobs.payouts;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A campaign: some of a project's creators under a name and, optionally, a budget.
 *
 * @param budget       null: no budget
 * @param creatorCount how many creators are members
 */
public record Campaign(long id, long projectId, String name, BigDecimal budget, long creatorCount, Instant createdAt) {
}
