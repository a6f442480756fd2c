package io.herdbook.jobs.payouts;

import io.herdbook.jobs.goals.PeriodKind;
import java.time.LocalDate;

/** A payout structure to create, already validated (see {@link StructureTerms#problems}). */
public record NewPayoutStructure(long projectId, Long campaignId, String name, PayoutKind kind, PeriodKind period,
                                 LocalDate startsOn, StructureTerms terms) {
}
