package io.herdbook.api.writes;

import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Takes secrets out of a JSON answer before it is kept anywhere: a new API key's {@code secret} and an
 * invitation's {@code token} are shown once, to the caller who asked, and stored only as hashes.
 */
final class Redaction {

    /** Fields whose values are secrets wherever they appear in an answer. */
    static final Set<String> SECRET_FIELDS = Set.of("secret", "token", "api_key", "key_secret");
    static final String REDACTED = "[shown once; not stored]";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Redaction() {
    }

    /** A JSON body with its secrets replaced; any other body, or JSON without secrets, exactly as it was. */
    static byte[] withoutSecrets(String contentType, byte[] body) {
        if (contentType == null || !contentType.contains("json") || body.length == 0) {
            return body;
        }
        try {
            JsonNode tree = JSON.readTree(body);
            return holdsSecrets(tree) ? JSON.writeValueAsBytes(redact(tree)) : body;
        } catch (JacksonException e) {
            return body;
        }
    }

    /** Whether {@code node} holds a secret field at any depth. */
    static boolean holdsSecrets(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (var field : object.properties()) {
                if (SECRET_FIELDS.contains(field.getKey()) && !field.getValue().isNull() || holdsSecrets(field.getValue())) {
                    return true;
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (JsonNode item : array) {
                if (holdsSecrets(item)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code node} with every secret field's value replaced, changed in place. */
    static JsonNode redact(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String name : object.propertyNames()) {
                if (SECRET_FIELDS.contains(name) && !object.get(name).isNull()) {
                    object.put(name, REDACTED);
                } else {
                    redact(object.get(name));
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(Redaction::redact);
        }
        return node;
    }
}
