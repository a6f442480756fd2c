package io.herdbook.api.rest;

import io.herdbook.scheduler.control.BackfillRange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of {@code POST /api/v1/jobs/{name}/backfills}: {@code {"from": "...", "to": "...", "force": false}}.
 * {@code from} and {@code to} are ISO instants or dates (a whole UTC day, see {@link BackfillRange});
 * {@code to} defaults to {@code from}, {@code force} to false.
 *
 * <p>Read from the tree by hand rather than bound, so that every problem of a body — an unknown field
 * (case C22), a wrong type, an unreadable instant — is reported at once, by field name, as a 400.
 */
record BackfillRequest(Instant from, Instant to, boolean force) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> FIELDS = Set.of("from", "to", "force");

    /** A field of the body and what is wrong with it; {@code field} is empty for the body as a whole. */
    record FieldError(String field, String message) {
    }

    /** A body that cannot be a backfill request, with every reason. */
    static final class InvalidBodyException extends RuntimeException {
        private final transient List<FieldError> errors;

        InvalidBodyException(List<FieldError> errors) {
            super("the request body is not a backfill request: " + String.join("; ",
                    errors.stream().map(e -> e.field().isEmpty() ? e.message() : e.field() + ": " + e.message()).toList()));
            this.errors = List.copyOf(errors);
        }

        List<FieldError> errors() {
            return errors;
        }
    }

    /** @throws InvalidBodyException listing every field that is wrong */
    static BackfillRequest parse(String body) {
        JsonNode tree = tree(body);
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : tree.properties()) {
            if (!FIELDS.contains(field.getKey())) {
                errors.add(new FieldError(shorten(field.getKey()), "unknown field; a backfill takes from, to and force"));
            }
        }
        Instant from = end(tree, "from", true, errors);
        Instant to = end(tree, "to", false, errors);
        JsonNode force = tree.get("force");
        if (force != null && !force.isNull() && !force.isBoolean()) {
            errors.add(new FieldError("force", "must be true or false"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidBodyException(errors);
        }
        // "to" left out: the same as "from", read as an end (a date in "from" means that whole day).
        Instant end = to != null ? to : BackfillRange.end(tree.get("from").asString());
        return new BackfillRequest(from, end, force != null && force.booleanValue());
    }

    private static JsonNode tree(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidBodyException(List.of(new FieldError("", "a JSON object is required, e.g. {\"from\": \"2026-12-01\"}")));
        }
        try {
            JsonNode tree = JSON.readTree(body);
            if (tree != null && tree.isObject()) {
                return tree;
            }
        } catch (JacksonException e) {
            throw new InvalidBodyException(List.of(new FieldError("", "not well-formed JSON")));
        }
        throw new InvalidBodyException(List.of(new FieldError("", "must be a JSON object")));
    }

    private static Instant end(JsonNode tree, String name, boolean required, List<FieldError> errors) {
        JsonNode value = tree.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                errors.add(new FieldError(name, "is required: an ISO instant (2026-12-01T10:00:00Z) or a date (2026-12-01)"));
            }
            return null;
        }
        if (!value.isString()) {
            errors.add(new FieldError(name, "must be a string: an ISO instant or a date"));
            return null;
        }
        try {
            return name.equals("from") ? BackfillRange.start(value.asString()) : BackfillRange.end(value.asString());
        } catch (BackfillRange.InvalidRangeException e) {
            errors.add(new FieldError(name, e.getMessage()));
            return null;
        }
    }

    private static String shorten(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "…" : text;
    }
}
