package io.herdbook.api.rest;

import tools.jackson.core.StreamReadFeature;
import io.herdbook.jobs.goals.SupportedDates;
import io.herdbook.jobs.payouts.FieldProblem;
import io.herdbook.jobs.payouts.Money;
import io.herdbook.jobs.payouts.PayoutRefusedException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON object body read field by field, collecting every problem so that one 400 lists them all
 * ({@link #check()}), as {@link BackfillRequest} does for its body.
 *
 * <p>Money: an amount is a JSON string of plain decimal text ({@code "12.50"}, what responses carry) or a JSON
 * number, which is read as its exact decimal text ({@code USE_BIG_DECIMAL_FOR_FLOATS}), never through a binary
 * double; either way it passes {@link Money#of}: at most two decimals, never silently rounded.
 */
public final class JsonBody {

    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // {"name": "x", "name": "y"} is refused, not read as its last value: a body means one thing.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final JsonNode tree;
    private final List<FieldProblem> problems = new ArrayList<>();

    private JsonBody(JsonNode tree) {
        this.tree = tree;
    }

    /** The body as an object whose fields are among {@code fields}. @throws PayoutRefusedException INVALID if it is not one */
    public static JsonBody of(String body, Set<String> fields) {
        JsonBody json = new JsonBody(tree(body));
        for (Map.Entry<String, JsonNode> field : json.tree.properties()) {
            if (!fields.contains(field.getKey())) {
                String shown = field.getKey().length() > 64 ? field.getKey().substring(0, 64) + "…" : field.getKey();
                json.problem(shown, "unknown field; this takes " + String.join(", ", new LinkedHashSet<>(fields.stream().sorted().toList())));
            }
        }
        return json;
    }

    private static JsonNode tree(String body) {
        if (body == null || body.isBlank()) {
            throw PayoutRefusedException.invalid("", "a JSON object is required");
        }
        try {
            JsonNode tree = JSON.readTree(body);
            if (tree != null && tree.isObject()) {
                return tree;
            }
        } catch (JacksonException e) {
            throw PayoutRefusedException.invalid("", "not well-formed JSON");
        }
        throw PayoutRefusedException.invalid("", "must be a JSON object");
    }

    /** Whether the field is there, even as null (in a PATCH, null clears and absent keeps). */
    public boolean has(String name) {
        return tree.has(name);
    }

    public void problem(String field, String message) {
        problems.add(new FieldProblem(field, message));
    }

    public void problems(List<FieldProblem> more) {
        problems.addAll(more);
    }

    /** @throws PayoutRefusedException INVALID listing every problem found so far */
    public void check() {
        if (!problems.isEmpty()) {
            throw PayoutRefusedException.invalid(problems);
        }
    }

    /** Text, trimmed, 1 to {@code max} characters; null when absent or null and not required. */
    public String text(String name, boolean required, int max) {
        JsonNode value = value(name, required, "text");
        if (value == null) {
            return null;
        }
        if (!value.isString() || value.asString().isBlank() || value.asString().trim().length() > max) {
            return invalid(name, "must be text of 1 to " + max + " characters");
        }
        return value.asString().trim();
    }

    /** An amount of 0 or more at scale 2. */
    public BigDecimal money(String name, boolean required) {
        return money(name, tree.get(name), required);
    }

    private BigDecimal money(String name, JsonNode node, boolean required) {
        JsonNode value = present(node) ? node : null;
        if (value == null) {
            return required ? invalid(name, "is required: an amount such as \"12.50\"") : null;
        }
        try {
            BigDecimal amount = value.isString() ? Money.parse(value.asString()) : value.isNumber() ? Money.of(value.decimalValue()) : null;
            if (amount == null) {
                return invalid(name, "must be an amount such as \"12.50\"");
            }
            return amount.signum() < 0 ? invalid(name, "must be 0 or more, not " + Money.text(amount)) : amount;
        } catch (IllegalArgumentException e) {
            return invalid(name, e.getMessage());
        }
    }

    /** A whole number between {@code min} and {@code max}. */
    public Long whole(String name, boolean required, long min, long max) {
        return whole(name, tree.get(name), required, min, max);
    }

    private Long whole(String name, JsonNode node, boolean required, long min, long max) {
        JsonNode value = present(node) ? node : null;
        if (value == null) {
            return required ? invalid(name, "is required") : null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < min || value.longValue() > max) {
            return invalid(name, "must be a whole number from " + min + " to " + max);
        }
        return value.longValue();
    }

    public Boolean bool(String name, boolean required) {
        JsonNode value = value(name, required, "true or false");
        if (value == null) {
            return null;
        }
        return value.isBoolean() ? value.booleanValue() : invalid(name, "must be true or false");
    }

    public LocalDate date(String name, boolean required) {
        LocalDate day = parsed(name, required, "a date such as 2026-12-01", LocalDate::parse);
        return day == null || SupportedDates.supported(day) ? day : invalid(name, SupportedDates.problem(day));
    }

    public Instant instant(String name, boolean required) {
        Instant at = parsed(name, required, "an ISO instant such as 2026-12-01T10:00:00Z", Instant::parse);
        return at == null || SupportedDates.supported(at) ? at
                : invalid(name, SupportedDates.problem(at));
    }

    /** One of a set of names, read by {@code parse} (which says which in its {@link IllegalArgumentException}). */
    public <T> T choice(String name, boolean required, Function<String, T> parse) {
        JsonNode value = value(name, required, "text");
        if (value == null) {
            return null;
        }
        try {
            return value.isString() ? parse.apply(value.asString()) : invalid(name, "must be text");
        } catch (IllegalArgumentException e) {
            return invalid(name, e.getMessage());
        }
    }

    /** 1 to {@code max} distinct positive ids. */
    public List<Long> ids(String name, int max) {
        JsonNode value = value(name, true, "ids");
        if (value == null) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(item -> ids.add(item.isIntegralNumber() && item.canConvertToLong() && item.longValue() > 0 ? item.longValue() : null));
        }
        if (!value.isArray() || ids.isEmpty() || ids.size() > max || ids.contains(null) || new LinkedHashSet<>(ids).size() != ids.size()) {
            return invalid(name, "must be a list of 1 to " + max + " distinct ids");
        }
        return ids;
    }

    /** 1 to {@code max} texts (a list of strings); empty when it is not one (the problem is recorded). */
    List<String> strings(String name, int max) {
        JsonNode value = value(name, true, "a list of texts");
        if (value == null) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(item -> texts.add(item.isString() ? item.asString() : null));
        }
        if (!value.isArray() || texts.isEmpty() || texts.size() > max || texts.contains(null)) {
            invalid(name, "must be a list of 1 to " + max + " texts");
            return List.of();
        }
        return texts;
    }

    /** The elements of an array of objects, each read by {@code element}(field prefix, object); null when absent or null. */
    public <T> List<T> objects(String name, ElementReader<T> element) {
        JsonNode value = tree.get(name);
        if (!present(value)) {
            return null;
        }
        if (!value.isArray()) {
            return invalid(name, "must be a list");
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isObject()) {
                problem(name + "[" + i + "]", "must be an object");
            } else {
                items.add(element.read(name + "[" + i + "].", item, this));
            }
        }
        return items;
    }

    /** 1 to {@code max} distinct texts, each trimmed and 1 to {@code maxLength} characters; null when absent and not required. */
    public List<String> texts(String name, boolean required, int max, int maxLength) {
        JsonNode value = value(name, required, "a list of texts");
        if (value == null) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(item -> texts.add(item.isString() && !item.asString().isBlank() && item.asString().trim().length() <= maxLength
                    ? item.asString().trim() : null));
        }
        if (!value.isArray() || texts.isEmpty() || texts.size() > max || texts.contains(null) || new LinkedHashSet<>(texts).size() != texts.size()) {
            return invalid(name, "must be a list of 1 to " + max + " distinct texts of 1 to " + maxLength + " characters");
        }
        return texts;
    }

    /** Reads one element of a list; its problems go to the body it belongs to. */
    interface ElementReader<T> {
        T read(String prefix, JsonNode item, JsonBody body);
    }

    /** A money field of a list element. */
    BigDecimal money(String field, JsonNode item, String name) {
        return money(field, item.get(name), true);
    }

    /** A whole-number field of a list element. */
    Long whole(String field, JsonNode item, String name, long min, long max) {
        return whole(field, item.get(name), true, min, max);
    }

    private <T> T parsed(String name, boolean required, String expected, Function<String, T> parse) {
        JsonNode value = value(name, required, expected);
        if (value == null) {
            return null;
        }
        try {
            return value.isString() ? parse.apply(value.asString().trim()) : invalid(name, "must be " + expected);
        } catch (DateTimeParseException e) {
            return invalid(name, "must be " + expected + ", not '" + value.asString() + "'");
        }
    }

    private JsonNode value(String name, boolean required, String expected) {
        JsonNode value = tree.get(name);
        if (present(value)) {
            return value;
        }
        if (required) {
            problem(name, "is required (" + expected + ")");
        }
        return null;
    }

    private static boolean present(JsonNode node) {
        return node != null && !node.isNull();
    }

    private <T> T invalid(String name, String message) {
        problem(name, message);
        return null;
    }
}
