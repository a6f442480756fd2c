package io.herdbook.sandbox;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The one JSON mapper of the sandbox, and the data-script helpers shared by reader and writer. */
final class Json {

    // Slashes are escaped by hand as the platform does (\u002F), so Jackson must not escape them first.
    static final JsonMapper MAPPER = JsonMapper.builder().disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES).build();

    private static final Pattern DATA_SCRIPT = Pattern.compile(
            "<script[^>]*\\bid=\"(__UNIVERSAL_DATA_FOR_REHYDRATION__|SIGI_STATE|sigi-persisted-data|__NEXT_DATA__)\"[^>]*>(.*?)</script>",
            Pattern.DOTALL);

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    /**
     * JSON safe to embed in a {@code <script>} element. {@code <} and {@code /} occur in JSON only inside
     * strings, so escaping them everywhere is lossless and keeps a caption from closing the script.
     */
    static String forScript(JsonNode node) {
        return write(node).replace("<", "\\u003c").replace("/", "\\u002F");
    }

    /** The JSON of the page's data script, whichever era's id it carries. */
    static Optional<JsonNode> dataScript(String html) {
        Matcher m = DATA_SCRIPT.matcher(html);
        return m.find() ? Optional.of(MAPPER.readTree(m.group(2))) : Optional.empty();
    }

    /** A count that may be a number or a numeric string; null when absent or not numeric. */
    static Long count(JsonNode parent, String... names) {
        for (String name : names) {
            JsonNode value = parent == null ? null : parent.get(name);
            if (value != null && value.isNumber()) {
                return value.longValue();
            }
            if (value != null && value.isString() && value.stringValue().matches("\\d+")) {
                return Long.parseLong(value.stringValue());
            }
        }
        return null;
    }

    /** A text field, or null when absent. */
    static String text(JsonNode parent, String name) {
        JsonNode value = parent == null ? null : parent.get(name);
        return value == null || value.isNull() ? null : value.asString();
    }
}
