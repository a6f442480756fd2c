package io.herdbook.jobs.payouts.accrual;

import io.herdbook.jobs.goals.Period;
import java.util.List;

/**
 * The structures whose period is evaluated together, so that one budget funds their lines in one order: a
 * campaign's structures with the same period, or a single structure outside any campaign.
 */
public record PayoutUnit(Long campaignId, List<Terms> structures, Period period) {

    @Override
    public String toString() {
        return (campaignId == null ? "" : "campaign " + campaignId + " ") + "structures "
                + structures.stream().map(t -> String.valueOf(t.id())).toList() + " " + period;
    }
}
