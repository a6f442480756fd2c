package io.herdbook.reports.accruals;

import java.time.Instant;

/**
 * Which of a project's lines to list.
 *
 * @param creatorId null: every creator's
 * @param paid      null: paid and unpaid
 * @param from      null: from the first line; else lines accrued at or after it
 * @param to        null: to the last line; else lines accrued before it (half-open)
 */
public record AccrualQuery(Long creatorId, Boolean paid, Instant from, Instant to) {

    public static AccrualQuery all() {
        return new AccrualQuery(null, null, null, null);
    }
}
