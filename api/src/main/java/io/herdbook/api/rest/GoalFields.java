package io.herdbook.api.rest;

import io.herdbook.jobs.goals.SupportedDates;
import io.herdbook.jobs.goals.GoalMetric;
import io.herdbook.jobs.goals.GoalRefusedException;
import io.herdbook.jobs.goals.GoalViolation;
import io.herdbook.jobs.goals.PeriodKind;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the fields of a goal body from its JSON tree, noting every problem instead of stopping at the first,
 * so that a 400 lists them all by field name. Read by hand rather than bound, like {@link BackfillRequest}:
 * an unknown field, a wrong type or an unknown metric is each reported as what it is.
 */
final class GoalFields {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final int MAX_NAME = 200;

    private final JsonNode tree;
    private final List<GoalViolation> violations = new ArrayList<>();

    private GoalFields(JsonNode tree) {
        this.tree = tree;
    }

    /** The body's fields; a body that is not a JSON object is refused at once, every unknown field is noted. */
    static GoalFields of(String body, Set<String> known, String what) {
        JsonNode tree = tree(body);
        GoalFields fields = new GoalFields(tree);
        for (Map.Entry<String, JsonNode> field : tree.properties()) {
            if (!known.contains(field.getKey())) {
                String shown = field.getKey().length() > 64 ? field.getKey().substring(0, 64) + "…" : field.getKey();
                fields.violations.add(new GoalViolation(shown, "unknown field; " + what));
            }
        }
        return fields;
    }

    boolean has(String name) {
        JsonNode value = tree.get(name);
        return value != null && !value.isNull();
    }

    String name(boolean required) {
        JsonNode value = value("name", required, "a text of 1 to " + MAX_NAME + " characters");
        if (value == null) {
            return null;
        }
        if (!value.isString() || value.asString().isBlank() || value.asString().length() > MAX_NAME) {
            return note("name", "must be a text of 1 to " + MAX_NAME + " characters, not blank");
        }
        return value.asString();
    }

    GoalMetric metric(boolean required) {
        JsonNode value = value("metric", required, "one of POSTS_IN_PERIOD, MIN_VIEWS_PER_POST, TOTAL_VIEWS, LIKES_RECEIVED");
        if (value == null) {
            return null;
        }
        try {
            return GoalMetric.parse(value.isString() ? value.asString() : value.toString());
        } catch (IllegalArgumentException e) {
            return note("metric", e.getMessage());
        }
    }

    PeriodKind period(boolean required) {
        JsonNode value = value("period", required, "WEEKLY or MONTHLY");
        if (value == null) {
            return null;
        }
        try {
            return PeriodKind.parse(value.isString() ? value.asString() : value.toString());
        } catch (IllegalArgumentException e) {
            return note("period", e.getMessage());
        }
    }

    Long target(boolean required) {
        JsonNode value = value("target", required, "a whole number greater than 0");
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() <= 0) {
            return note("target", "must be a whole number greater than 0, not " + shown(value));
        }
        return value.asLong();
    }

    LocalDate startsOn(boolean required) {
        JsonNode value = value("starts_on", required, "a date, e.g. 2026-03-02");
        if (value == null) {
            return null;
        }
        try {
            if (value.isString()) {
                LocalDate day = LocalDate.parse(value.asString());
                return SupportedDates.supported(day) ? day : note("starts_on", SupportedDates.problem(day));
            }
        } catch (DateTimeParseException e) {
            // falls through to the note below
        }
        return note("starts_on", "must be a date as YYYY-MM-DD, not " + shown(value));
    }

    Long campaignId() {
        JsonNode value = value("campaign_id", false, "");
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() <= 0) {
            return note("campaign_id", "must be a campaign's id (a positive whole number) or left out, not " + shown(value));
        }
        return value.asLong();
    }

    /** null when absent (all creators); otherwise the listed ids, without repeats, in the order given. */
    List<Long> creatorIds() {
        JsonNode value = value("creator_ids", false, "");
        if (value == null) {
            return null;
        }
        if (!value.isArray() || value.isEmpty()) {
            return note("creator_ids", "must be a non-empty array of creator ids, or left out to cover every creator");
        }
        List<Long> ids = new ArrayList<>();
        for (JsonNode id : value) {
            if (!id.isIntegralNumber() || !id.canConvertToLong() || id.asLong() <= 0) {
                return note("creator_ids", "must hold creator ids (positive whole numbers), not " + shown(id));
            }
            if (!ids.contains(id.asLong())) {
                ids.add(id.asLong());
            }
        }
        return ids;
    }

    /** @throws GoalRefusedException.Invalid when anything was noted */
    void requireValid() {
        if (!violations.isEmpty()) {
            throw new GoalRefusedException.Invalid(violations);
        }
    }

    private JsonNode value(String name, boolean required, String expected) {
        JsonNode value = tree.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                violations.add(new GoalViolation(name, "is required: " + expected));
            }
            return null;
        }
        return value;
    }

    private <T> T note(String field, String message) {
        violations.add(new GoalViolation(field, message));
        return null;
    }

    private static String shown(JsonNode value) {
        String text = value.toString();
        return text.length() > 64 ? text.substring(0, 64) + "…" : text;
    }

    private static JsonNode tree(String body) {
        if (body == null || body.isBlank()) {
            throw invalid("a JSON object is required");
        }
        try {
            JsonNode tree = JSON.readTree(body);
            if (tree != null && tree.isObject()) {
                return tree;
            }
        } catch (JacksonException e) {
            throw invalid("not well-formed JSON");
        }
        throw invalid("must be a JSON object");
    }

    private static RuntimeException invalid(String message) {
        return new GoalRefusedException.Invalid(List.of(new GoalViolation("", message)));
    }
}
