package io.herdbook.api.organisations;

import tools.jackson.core.StreamReadFeature;
import io.herdbook.api.access.Role;
import io.herdbook.api.organisations.OrganisationProblem.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON object body read strictly: a field the request does not take (an {@code organisation_id}, {@code user_id},
 * {@code role} or {@code scopes} where none is asked for) is a 400 naming it (C22), and one 400 lists every wrong
 * field ({@link #check()}).
 */
final class StrictBody {

    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final JsonNode tree;
    private final List<FieldProblem> problems = new ArrayList<>();

    private StrictBody(JsonNode tree) {
        this.tree = tree;
    }

    /** The body as an object whose fields are all among {@code fields}. */
    static StrictBody of(String body, Set<String> fields) {
        StrictBody json = new StrictBody(tree(body));
        for (Map.Entry<String, JsonNode> field : json.tree.properties()) {
            if (!fields.contains(field.getKey())) {
                String shown = field.getKey().length() > 64 ? field.getKey().substring(0, 64) + "…" : field.getKey();
                json.problems.add(new FieldProblem(shown, "not a field of this request, which takes " + String.join(", ", new TreeSet<>(fields))));
            }
        }
        return json;
    }

    private static JsonNode tree(String body) {
        if (body == null || body.isBlank()) {
            throw OrganisationProblem.invalid("", "a JSON object is required");
        }
        try {
            JsonNode tree = JSON.readTree(body);
            if (tree != null && tree.isObject()) {
                return tree;
            }
        } catch (JacksonException e) {
            throw OrganisationProblem.invalid("", "not well-formed JSON");
        }
        throw OrganisationProblem.invalid("", "must be a JSON object");
    }

    /** Text, trimmed, 1 to {@code max} characters; null when absent and not required. */
    String text(String name, boolean required, int max) {
        JsonNode value = tree.get(name);
        if (value == null || value.isNull()) {
            return required ? invalid(name, "is required (text)") : null;
        }
        if (!value.isString() || value.asString().isBlank() || value.asString().trim().length() > max) {
            return invalid(name, "must be text of 1 to " + max + " characters");
        }
        return value.asString().trim();
    }

    /** Text that must match {@code pattern}, described by {@code expected} when it does not. */
    String matching(String name, int max, Pattern pattern, String expected) {
        String text = text(name, true, max);
        return text == null || pattern.matcher(text).matches() ? text : invalid(name, "must be " + expected);
    }

    /** An e-mail address, in lower case as {@code users} and {@code invitations} keep it. */
    String email(String name) {
        String text = text(name, true, 254);
        if (text == null) {
            return null;
        }
        return EMAIL.matcher(text).matches() ? text.toLowerCase(Locale.ROOT) : invalid(name, "must be an e-mail address");
    }

    /** One of {@code allowed} roles, by its word. */
    Role role(String name, Set<Role> allowed) {
        String text = text(name, true, 16);
        if (text == null) {
            return null;
        }
        return Role.ofWord(text).filter(allowed::contains).orElseGet(() -> invalid(name, "must be one of "
                + String.join(", ", allowed.stream().sorted().map(Role::word).toList())));
    }

    /** @throws OrganisationProblem 400 listing every problem found */
    void check() {
        if (!problems.isEmpty()) {
            throw OrganisationProblem.invalid(problems);
        }
    }

    private <T> T invalid(String name, String message) {
        problems.add(new FieldProblem(name, message));
        return null;
    }
}
