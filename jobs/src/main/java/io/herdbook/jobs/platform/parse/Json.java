package io.herdbook.jobs.platform.parse;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The two mappers the parser uses and a few null-safe accessors. */
final class Json {

    /**
     * Property names are not canonicalised: a page's script has tens of thousands of names met once (translation
     * keys, scopes no reader looks at), and entering each in Jackson's symbol table cost more than the strings it
     * would save (P1 in BENCHMARKS.md: 824 -> 970 pages/s).
     */
    private static final JsonMapper STRICT = JsonMapper.builder(JsonFactory.builder()
            .disable(TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES).build()).build();

    /** For JavaScript/TypeScript object literals pasted into source files. */
    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();

    private Json() {
    }

    /** The strict mapper, for a reader that streams part of a text before it builds trees ({@link DataScriptJson}). */
    static JsonMapper strict() {
        return STRICT;
    }

    /** Parses strict JSON; throws {@link UnreadableException} when it is not. */
    static JsonNode parse(String text, String what) {
        return read(STRICT, text, what);
    }

    /** Parses a JavaScript object literal (unquoted names, single quotes, trailing commas, comments). */
    static JsonNode parseLenient(String text, String what) {
        return read(LENIENT, text, what);
    }

    private static JsonNode read(JsonMapper mapper, String text, String what) {
        try {
            return mapper.readTree(text);
        } catch (JacksonException e) {
            throw new UnreadableException(what + " is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** The text of a string or number node, or null when absent, null or a container. */
    static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull() || node.isContainer()) {
            return null;
        }
        return node.asString();
    }

    /** True when the node is a JSON object (not missing, not null). */
    static boolean isObject(JsonNode node) {
        return node != null && node.isObject();
    }

    /** A boolean read leniently: true, 1, "true" or "1". */
    static boolean flag(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return false;
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        String text = text(node);
        return "1".equals(text) || "true".equalsIgnoreCase(text);
    }
}
