package io.herdbook.api.rest;

import io.herdbook.reports.exports.ExportKind;
import io.herdbook.reports.range.DateRange;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an export asks for: a kind, whole local days {@code from}..{@code to} (both included, at most
 * {@value DateRange#MAX_DAYS}) and whether the file starts with a UTF-8 BOM. Read from query parameters (the direct
 * download) or from a JSON body ({@code POST .../exports}); either way every field that is wrong is reported at
 * once, by name, as a 400.
 */
record ExportRequest(ExportKind kind, LocalDate from, LocalDate to, boolean bom) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> FIELDS = Set.of("kind", "from", "to", "bom");

    /** A field and what is wrong with it; {@code field} is empty for the body as a whole. */
    record FieldError(String field, String message) {
    }

    /** A request that cannot be an export, with every reason. */
    static final class InvalidExportException extends RuntimeException {
        private final transient List<FieldError> errors;

        InvalidExportException(List<FieldError> errors) {
            super("not a valid export request: " + String.join("; ",
                    errors.stream().map(e -> e.field().isEmpty() ? e.message() : e.field() + ": " + e.message()).toList()));
            this.errors = List.copyOf(errors);
        }

        List<FieldError> errors() {
            return errors;
        }
    }

    /** The direct download's query parameters ({@code kind} is the path's). */
    static ExportRequest ofQuery(ExportKind kind, String from, String to, String bom) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = date("from", from, errors);
        LocalDate end = date("to", to, errors);
        Boolean withBom = bom == null ? Boolean.FALSE : flag(bom, errors);
        return validated(kind, start, end, withBom, errors);
    }

    /** The body of {@code POST /api/v1/projects/{id}/exports}. */
    static ExportRequest ofBody(String body) {
        JsonNode tree = tree(body);
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : tree.properties()) {
            if (!FIELDS.contains(field.getKey())) {
                String name = field.getKey().length() > 64 ? field.getKey().substring(0, 64) + "…" : field.getKey();
                errors.add(new FieldError(name, "unknown field; an export takes kind, from, to and bom"));
            }
        }
        ExportKind kind = kind(tree.get("kind"), errors);
        LocalDate from = date("from", text(tree, "from", errors), errors);
        LocalDate to = date("to", text(tree, "to", errors), errors);
        JsonNode bom = tree.get("bom");
        Boolean withBom = Boolean.FALSE;
        if (bom != null && !bom.isNull()) {
            if (bom.isBoolean()) {
                withBom = bom.booleanValue();
            } else {
                errors.add(new FieldError("bom", "must be true or false"));
            }
        }
        return validated(kind, from, to, withBom, errors);
    }

    /** The days as a range in the project's zone. */
    DateRange range(ZoneId zone) {
        return new DateRange(from, to, zone);
    }

    private static ExportRequest validated(ExportKind kind, LocalDate from, LocalDate to, Boolean bom, List<FieldError> errors) {
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                errors.add(new FieldError("to", "is before from (" + from + "); the range's last day must be on or after its first"));
            } else if (ChronoUnit.DAYS.between(from, to) + 1 > DateRange.MAX_DAYS) {
                errors.add(new FieldError("to", "a range is at most " + DateRange.MAX_DAYS + " days; " + from + ".." + to + " is "
                        + (ChronoUnit.DAYS.between(from, to) + 1)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidExportException(errors);
        }
        return new ExportRequest(kind, from, to, bom);
    }

    private static LocalDate date(String field, String value, List<FieldError> errors) {
        if (value == null) {
            if (errors.stream().noneMatch(e -> e.field().equals(field))) {
                errors.add(new FieldError(field, "is required: a local date in the project's time zone, YYYY-MM-DD"));
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date YYYY-MM-DD, not '" + shorten(value) + "'"));
            return null;
        }
    }

    private static Boolean flag(String value, List<FieldError> errors) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                errors.add(new FieldError("bom", "must be true or false, not '" + shorten(value) + "'"));
                yield false;
            }
        };
    }

    private static ExportKind kind(JsonNode value, List<FieldError> errors) {
        if (value == null || value.isNull()) {
            errors.add(new FieldError("kind", "is required: one of " + ExportKind.names()));
            return null;
        }
        if (!value.isString()) {
            errors.add(new FieldError("kind", "must be a string: one of " + ExportKind.names()));
            return null;
        }
        try {
            return ExportKind.parse(value.asString());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("kind", "must be one of " + ExportKind.names() + ", not '" + shorten(value.asString()) + "'"));
            return null;
        }
    }

    private static String text(JsonNode tree, String field, List<FieldError> errors) {
        JsonNode value = tree.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            errors.add(new FieldError(field, "must be a string: a date YYYY-MM-DD"));
            return null;
        }
        return value.asString();
    }

    private static JsonNode tree(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidExportException(List.of(new FieldError("",
                    "a JSON object is required, e.g. {\"kind\": \"ACCRUALS\", \"from\": \"2026-09-01\", \"to\": \"2026-09-30\"}")));
        }
        try {
            JsonNode tree = JSON.readTree(body);
            if (tree != null && tree.isObject()) {
                return tree;
            }
        } catch (JacksonException e) {
            throw new InvalidExportException(List.of(new FieldError("", "not well-formed JSON")));
        }
        throw new InvalidExportException(List.of(new FieldError("", "must be a JSON object")));
    }

    private static String shorten(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "…" : text;
    }
}
