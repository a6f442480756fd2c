package io.herdbook.api.limits;

import tools.jackson.core.StreamReadFeature;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one-field bodies of the limit endpoints, read strictly (C22): anything but the one field is a 400 naming it,
 * with {@code errors: [{field, message}]} as every other body problem.
 */
final class StrictBody {

    private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private StrictBody() {
    }

    /** The value of the only field a body may have. */
    static JsonNode field(String body, String name) {
        JsonNode tree;
        try {
            tree = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JacksonException e) {
            throw invalid("", "not well-formed JSON");
        }
        if (tree == null || !tree.isObject()) {
            throw invalid("", "a JSON object {\"" + name + "\": ...} is required");
        }
        for (String field : tree.propertyNames()) {
            if (!field.equals(name)) {
                throw invalid(field.length() > 64 ? field.substring(0, 64) + "…" : field, "unknown field; this takes " + name);
            }
        }
        JsonNode value = tree.get(name);
        if (value == null || value.isNull()) {
            throw invalid(name, "is required");
        }
        return value;
    }

    static ErrorResponseException invalid(String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "the request is not valid: " + (field.isEmpty() ? message : field + ": " + message));
        problem.setType(URI.create("https://herdbook.io/problems/invalid-request"));
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    static ErrorResponseException notFound(String what) {
        return new ErrorResponseException(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no " + what), null);
    }
}
