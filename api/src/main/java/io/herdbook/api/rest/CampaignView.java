package io.herdbook.api.rest;

import io.herdbook.jobs.payouts.Campaign;
import java.time.Instant;

/** A campaign as the API shows it; money as two-decimal text, {@code budget} null when it has none. */
record CampaignView(long id, long projectId, String name, String budget, long creatorCount, Instant createdAt) {

    static CampaignView of(Campaign campaign) {
        return new CampaignView(campaign.id(), campaign.projectId(), campaign.name(),
                MoneyText.of(campaign.budget()), campaign.creatorCount(), campaign.createdAt());
    }
}
