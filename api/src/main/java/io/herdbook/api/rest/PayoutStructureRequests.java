package io.herdbook.api.rest;

import io.herdbook.jobs.goals.PeriodKind;
import io.herdbook.jobs.payouts.CpmTier;
import io.herdbook.jobs.payouts.NewPayoutStructure;
import io.herdbook.jobs.payouts.OwnedRows;
import io.herdbook.jobs.payouts.PayoutKind;
import io.herdbook.jobs.payouts.StructureTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The bodies of {@code POST /projects/{id}/payout-structures} and {@code PATCH /payout-structures/{id}}: snake_case
 * fields, amounts as text such as {@code "2.50"} (see {@link JsonBody}), every wrong field listed at once.
 */
final class PayoutStructureRequests {

    static final Set<String> TERMS = Set.of("cpm_rate", "cap_per_post", "tiers", "flat_fee", "min_views", "view_window_days", "bonus_amount");
    /** What the structure is for: fixed at creation, since accrual lines are keyed by it. */
    private static final Set<String> FIXED = Set.of("kind", "period", "starts_on", "campaign_id", "goal_id");

    private PayoutStructureRequests() {
    }

    /** A new structure of the organisation's project; its campaign and goal must be the project's. */
    static NewPayoutStructure create(String body, PayoutScope.Project project, OwnedRows owned) {
        JsonBody json = JsonBody.of(body, union(TERMS, FIXED, Set.of("name")));
        String name = json.text("name", true, 200);
        PayoutKind kind = json.choice("kind", true, PayoutKind::parse);
        PeriodKind period = json.choice("period", kind != PayoutKind.GOAL_BONUS, PeriodKind::parse);
        LocalDate startsOn = json.date("starts_on", kind != PayoutKind.GOAL_BONUS);
        Long campaign = json.whole("campaign_id", false, 1, Long.MAX_VALUE);
        Long goal = json.whole("goal_id", false, 1, Long.MAX_VALUE);
        StructureTerms terms = terms(json, null, goal);
        if (campaign != null && !owned.campaignInProject(project.organisation(), project.id(), campaign)) {
            json.problem("campaign_id", "no campaign " + campaign + " in project " + project.id());
        }
        if (kind == PayoutKind.GOAL_BONUS && goal != null) {
            var goalTerms = owned.goal(project.organisation(), project.id(), goal);
            if (goalTerms.isEmpty()) {
                json.problem("goal_id", "no goal " + goal + " in project " + project.id());
            } else {
                // A goal bonus is paid per goal result, so it has its goal's period.
                if (period != null && period != goalTerms.get().period()) {
                    json.problem("period", "a goal bonus has its goal's period (" + goalTerms.get().period() + "); leave period out");
                }
                period = goalTerms.get().period();
                startsOn = startsOn != null ? startsOn : goalTerms.get().startsOn();
            }
        }
        if (kind != null) {
            json.problems(terms.problems(kind));
        }
        json.check();
        return new NewPayoutStructure(project.id(), campaign, name, kind, period, startsOn, terms);
    }

    /** A change: {@code name} and {@code archived}, and terms merged over {@code current} (a field given as null clears it). */
    static Change change(String body, PayoutKind kind, StructureTerms current) {
        JsonBody json = JsonBody.of(body, union(TERMS, FIXED, Set.of("name", "archived")));
        for (String fixed : FIXED) {
            if (json.has(fixed)) {
                json.problem(fixed, "cannot be changed; create a new structure (and archive this one)");
            }
        }
        String name = json.has("name") ? json.text("name", true, 200) : null;
        Boolean archived = json.bool("archived", false);
        StructureTerms terms = terms(json, current, current.goalId());
        json.problems(terms.problems(kind));
        json.check();
        return new Change(name, archived, terms);
    }

    record Change(String name, Boolean archived, StructureTerms terms) {
    }

    private static StructureTerms terms(JsonBody json, StructureTerms current, Long goal) {
        boolean tiersGiven = json.has("tiers");
        List<CpmTier> tiers = tiersGiven ? tiers(json) : current == null ? List.of() : current.tiers();
        // New tiers set the base rate unless cpm_rate is given with them (it must then be the first tier's).
        BigDecimal cpmRate = json.has("cpm_rate") ? json.money("cpm_rate", false)
                : current == null || tiersGiven && !tiers.isEmpty() ? null : current.cpmRate();
        Long minViews = json.has("min_views") ? json.whole("min_views", false, 0, Long.MAX_VALUE) : current == null ? null : (Long) current.minViews();
        Long window = json.has("view_window_days") ? json.whole("view_window_days", false, 1, 365)
                : current == null || current.viewWindowDays() == null ? null : current.viewWindowDays().longValue();
        return new StructureTerms(cpmRate, pick(json, "cap_per_post", current == null ? null : current.capPerPost()), tiers,
                pick(json, "flat_fee", current == null ? null : current.flatFee()), minViews == null ? 0 : minViews,
                window == null ? null : window.intValue(), goal, pick(json, "bonus_amount", current == null ? null : current.bonusAmount()));
    }

    private static BigDecimal pick(JsonBody json, String field, BigDecimal current) {
        return json.has(field) ? json.money(field, false) : current;
    }

    private static List<CpmTier> tiers(JsonBody json) {
        List<CpmTier> tiers = json.objects("tiers", (prefix, item, body) -> {
            Long from = body.whole(prefix + "from_views", item, "from_views", 0, Long.MAX_VALUE);
            BigDecimal rate = body.money(prefix + "cpm_rate", item, "cpm_rate");
            return from == null || rate == null ? null : new CpmTier(from, rate);
        });
        return tiers == null ? List.of() : tiers.stream().filter(t -> t != null).toList();
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return all;
    }
}
