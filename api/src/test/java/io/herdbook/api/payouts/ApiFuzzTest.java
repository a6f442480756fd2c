package io.herdbook.api.payouts;

import static io.herdbook.api.payouts.PayoutHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.api.access.TestKeys;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every operation of the API document, driven with wrong values: path ids that are not ids, each query parameter and
 * each body field in turn replaced by a palette of wrong types, extremes and junk, and bodies that are not objects.
 * No answer may be a 5xx. Endpoints that would start real work (run now, backfills, exports) are driven too: they
 * refuse the junk before queueing anything, and what they do queue stays queued (no worker runs here).
 */
@PayoutTestContext
class ApiFuzzTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> IDS = List.of("1", "0", "-1", "99999999999999999999", "abc", "1.5", "%20");
    private static final List<String> QUERY_VALUES = List.of("", "-1", "0", "abc", "2026-13-45", "+999999999-12-31", "99999999999999999999",
            "true", "%00", "'; DROP TABLE goals; --");
    private static final List<String> FIELD_VALUES = List.of("null", "\"\"", "\"x\"", "-1", "0", "1.5", "1e30", "true", "[]", "{}",
            "\"2026-13-45\"", "\"+999999999-12-31\"", "99999999999999999999", "\"-0.001\"", "[1, \"a\", null]", "\"\\u0000\"");
    private static final List<String> BODIES = List.of("", "null", "[]", "\"x\"", "{", "{\"a\":", "1", "{}");

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    private String key;

    /** This test's key: every scope, for the owner of the payout tests' organisation, issued on first use (after the test's data). */
    private String key() {
        if (key == null) {
            key = TestKeys.owner(context, PayoutTestContext.ORGANISATION);
        }
        return key;
    }

    @Test
    void noRequestOfAnyShapeGetsA5xx() throws Exception {
        PayoutData data = new PayoutData(jdbc);
        long organisation = data.apiOrganisation();
        data.creator(organisation, data.project(organisation, "UTC"));
        JsonNode document = json(send("GET", "/api/v1/openapi.json", null), 200);
        JsonNode schemas = document.get("components").get("schemas");
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (String path : document.get("paths").propertyNames()) {
            if (!path.startsWith("/api/v1/")) {
                continue;
            }
            JsonNode operations = document.get("paths").get(path);
            for (String method : operations.propertyNames()) {
                JsonNode operation = operations.get(method);
                for (String concrete : concretePaths(path)) {
                    for (String query : queries(operation)) {
                        for (String body : bodies(operation, schemas)) {
                            HttpResponse<String> response = send(method.toUpperCase(), concrete + query, body);
                            requests++;
                            if (response.statusCode() >= 500) {
                                failures.add(method.toUpperCase() + " " + concrete + query + " " + body + " -> " + response.statusCode()
                                        + " " + response.body());
                            }
                        }
                    }
                }
            }
        }
        assertThat(requests).isGreaterThan(1_000);
        assertThat(failures).isEmpty();
    }

    /** The path with each id placeholder replaced by every value of the palette (one placeholder at a time). */
    private static List<String> concretePaths(String template) {
        List<String> paths = new ArrayList<>();
        java.util.regex.Matcher placeholders = java.util.regex.Pattern.compile("\\{[^}]+}").matcher(template);
        List<String> names = new ArrayList<>();
        while (placeholders.find()) {
            names.add(placeholders.group());
        }
        for (String wrong : IDS) {
            for (String name : names) {
                String path = template;
                for (String other : names) {
                    path = path.replace(other, other.equals(name) ? wrong : other.contains("name") ? "goal-evaluation" : "1");
                }
                paths.add(path);
            }
        }
        if (names.isEmpty()) {
            paths.add(template);
        }
        return paths;
    }

    private static List<String> queries(JsonNode operation) {
        List<String> queries = new ArrayList<>(List.of(""));
        if (operation.has("parameters")) {
            for (JsonNode parameter : operation.get("parameters")) {
                if (parameter.get("in").asString().equals("query")) {
                    for (String value : QUERY_VALUES) {
                        queries.add("?" + parameter.get("name").asString() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return queries;
    }

    /** No body for operations without one; otherwise the non-objects and, per field of its schema, each wrong value. */
    private static List<String> bodies(JsonNode operation, JsonNode schemas) {
        if (!operation.has("requestBody")) {
            return java.util.Collections.singletonList(null);
        }
        List<String> bodies = new ArrayList<>(BODIES);
        String ref = operation.get("requestBody").findValue("$ref") == null ? null : operation.get("requestBody").findValue("$ref").asString();
        if (ref != null) {
            JsonNode properties = schemas.get(ref.substring(ref.lastIndexOf('/') + 1)).get("properties");
            Map<String, String> valid = new TreeMap<>();
            properties.propertyNames().forEach(name -> valid.put(name, "\"x\""));
            for (String field : valid.keySet()) {
                for (String wrong : FIELD_VALUES) {
                    ObjectNode body = JSON.createObjectNode();
                    valid.forEach((name, value) -> body.set(name, JSON.readTree(name.equals(field) ? wrong : value)));
                    bodies.add(body.toString());
                }
            }
        }
        return bodies;
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header(TestKeys.HEADER, key());
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
