package io.herdbook.api.rest;

import io.herdbook.jobs.goals.GoalChanges;
import io.herdbook.jobs.goals.GoalDraft;
import java.util.Set;

/**
 * The bodies of the goal endpoints. {@code POST /projects/{id}/goals}: {@code {"name", "metric", "target", "period",
 * "starts_on", "campaign_id"?, "creator_ids"?}}; {@code PATCH /goals/{id}}: any of name, metric, target, period, starts_on.
 */
final class GoalRequest {

    private static final Set<String> CREATE = Set.of("name", "metric", "target", "period", "starts_on", "campaign_id", "creator_ids");
    private static final Set<String> CHANGE = Set.of("name", "metric", "target", "period", "starts_on");

    private GoalRequest() {
    }

    /** @throws io.herdbook.jobs.goals.GoalRefusedException.Invalid listing every field that is wrong */
    static GoalDraft draft(String body) {
        GoalFields fields = GoalFields.of(body, CREATE, "a goal takes name, metric, target, period, starts_on, campaign_id and creator_ids");
        GoalDraft draft = new GoalDraft(fields.name(true), fields.metric(true), orZero(fields.target(true)), fields.period(true),
                fields.startsOn(true), fields.campaignId(), fields.creatorIds());
        fields.requireValid();
        return draft;
    }

    /** @throws io.herdbook.jobs.goals.GoalRefusedException.Invalid listing every field that is wrong */
    static GoalChanges changes(String body) {
        GoalFields fields = GoalFields.of(body, CHANGE, "a goal's name, metric, target, period and starts_on may change; "
                + "its creators change by PUT and DELETE /api/v1/goals/{id}/creators/{creatorId}, its campaign never");
        GoalChanges changes = new GoalChanges(fields.name(false), fields.metric(false), fields.target(false), fields.period(false),
                fields.startsOn(false));
        fields.requireValid();
        return changes;
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
