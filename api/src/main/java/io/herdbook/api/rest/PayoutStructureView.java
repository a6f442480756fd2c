package io.herdbook.api.rest;

import io.herdbook.jobs.goals.PeriodKind;
import io.herdbook.jobs.payouts.PayoutKind;
import io.herdbook.jobs.payouts.PayoutStructure;
import io.herdbook.jobs.payouts.StructureTerms;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A payout structure as the API shows it: money as two-decimal text; terms of other kinds are null. */
record PayoutStructureView(long id, long projectId, Long campaignId, String name, PayoutKind kind, PeriodKind period,
                           LocalDate startsOn, String cpmRate, String capPerPost, List<Tier> tiers, String flatFee, Long minViews,
                           Integer viewWindowDays, Long goalId, String bonusAmount, Instant archivedAt, Instant createdAt) {

    record Tier(long fromViews, String cpmRate) {
    }

    static PayoutStructureView of(PayoutStructure s) {
        StructureTerms t = s.terms();
        boolean perPost = s.kind() != PayoutKind.GOAL_BONUS;
        return new PayoutStructureView(s.id(), s.projectId(), s.campaignId(), s.name(), s.kind(), s.period(), s.startsOn(),
                MoneyText.of(t.cpmRate()), MoneyText.of(t.capPerPost()),
                t.tiers().stream().map(tier -> new Tier(tier.fromViews(), MoneyText.of(tier.cpmRate()))).toList(),
                MoneyText.of(t.flatFee()), perPost ? t.minViews() : null, t.viewWindowDays(), t.goalId(), MoneyText.of(t.bonusAmount()),
                s.archivedAt(), s.createdAt());
    }
}
