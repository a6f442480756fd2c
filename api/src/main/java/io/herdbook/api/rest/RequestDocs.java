package io.herdbook.api.rest;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The request bodies the API reads field by field (so a 400 can list every wrong field), described for the API
 * document only: springdoc cannot see fields in a body read as text. Field names appear in snake_case, as sent.
 * Money is text with at most two decimals ("12.50"); a JSON number is read as its exact decimal too.
 */
final class RequestDocs {

    private RequestDocs() {
    }

    @Schema(name = "GoalRequest", description = "A goal; without creator_ids it covers every creator of the project or campaign")
    record Goal(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
                @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"POSTS_IN_PERIOD", "MIN_VIEWS_PER_POST", "TOTAL_VIEWS", "LIKES_RECEIVED"}) String metric,
                @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1") long target,
                @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"WEEKLY", "MONTHLY"}) String period,
                @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "2000-01-01..2099-12-31") LocalDate startsOn,
                Long campaignId, List<Long> creatorIds) {
    }

    @Schema(name = "GoalChange", description = "Any of these; only the name once goal-evaluation stored a result")
    record GoalChange(String name, String metric, Long target, String period, LocalDate startsOn) {
    }

    @Schema(name = "CampaignRequest")
    record Campaign(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
                    @Schema(description = "money as text; null: no budget", example = "1000.00") String budget) {
    }

    @Schema(name = "CpmTierRequest", description = "views from from_views on are paid at cpm_rate per 1,000; the first tier starts at 0")
    record Tier(long fromViews, @Schema(example = "2.00") String cpmRate) {
    }

    @Schema(name = "PayoutStructureRequest", description = "name, kind, period, starts_on and campaign_id, plus the kind's terms: CPM "
            + "(cpm_rate or tiers, cap_per_post, min_views, view_window_days), FLAT_PER_POST (flat_fee, min_views, view_window_days), "
            + "GOAL_BONUS (goal_id, bonus_amount; the goal's period)")
    record Structure(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"CPM", "FLAT_PER_POST", "GOAL_BONUS"}) String kind,
                     @Schema(allowableValues = {"WEEKLY", "MONTHLY"}) String period, LocalDate startsOn, Long campaignId,
                     String cpmRate, String capPerPost, List<Tier> tiers, Long minViews, Integer viewWindowDays, String flatFee,
                     Long goalId, String bonusAmount) {
    }

    @Schema(name = "PayoutStructureChange", description = "name or archived at any time; terms only while the structure has no lines")
    record StructureChange(String name, Boolean archived, String cpmRate, String capPerPost, List<Tier> tiers, Long minViews,
                           Integer viewWindowDays, String flatFee, String bonusAmount) {
    }

    @Schema(name = "PayoutMethodRequest")
    record Method(@Schema(allowableValues = {"PAYPAL", "BANK_TRANSFER", "WISE", "CHECK", "OTHER"}) String kind, String details, Boolean isDefault) {
    }

    @Schema(name = "PaymentRequest", description = "pays these unpaid lines of the creator; the amount is their sum")
    record Payment(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long creatorId,
                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Long> accrualIds,
                   @Schema(description = "default: the creator's default method") Long methodId,
                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String reference,
                   @Schema(description = "default: now; never in the future") Instant paidAt) {
    }

    @Schema(name = "ExportRequest")
    record Export(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"ACCRUALS", "PAYMENTS"}) String kind,
                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate from,
                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate to, Boolean bom) {
    }
}
