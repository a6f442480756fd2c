package io.herdbook.jobs.payouts;

import io.herdbook.jobs.goals.PeriodKind;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A payout structure as stored: its scope (project, optionally one campaign), its kind, its period (a goal
 * bonus's is its goal's), the date it applies from, and its terms.
 *
 * @param campaignId null: every creator of the project
 * @param archivedAt null while it accrues
 */
public record PayoutStructure(long id, long projectId, Long campaignId, String name, PayoutKind kind, PeriodKind period,
                              LocalDate startsOn, StructureTerms terms, Instant archivedAt, Instant createdAt) {
}
