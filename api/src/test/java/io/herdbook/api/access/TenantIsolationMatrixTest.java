package io.herdbook.api.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.api.payouts.PayoutData;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tenant isolation over every endpoint Spring MVC maps under {@code /api/v1} (C18), generated from the mappings:
 * organisation A's key (every scope) aimed at organisation B's resources, on every route that names one, answers
 * 404 with the same body as an id that exists nowhere, and changes nothing. Each route variable is filled by the
 * resource its route names ({@code /campaigns/{id}} a campaign of B's); a route whose variable this test cannot
 * fill fails it, so a new endpoint is covered from the day it is added.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "herdbook.test.database.name=tenant_matrix")
class TenantIsolationMatrixTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String NOWHERE = "999999999";
    /** Routes that are not one organisation's: the job catalogue and its runs are the platform's, shown to every caller. */
    private static final Set<String> PLATFORM_ROUTES = Set.of("/api/v1/jobs/");

    /**
     * Routes that read their body or query before the id: a valid request, so the answer is about the id. (With an
     * empty one both answers are the same 400, which leaks nothing either; this makes the test reach the lookup.)
     */
    private static final Map<String, String> VALID_REQUESTS = Map.of(
            "PATCH /api/v1/creators/{id}", "{\"handle\": \"someone.else\"}",
            "POST /api/v1/payout-structures/{id}/reevaluations", "{\"period_start\": \"2026-03-01\"}",
            "POST /api/v1/projects/{id}/exports", "{\"kind\": \"ACCRUALS\", \"from\": \"2026-03-01\", \"to\": \"2026-03-31\"}",
            "GET /api/v1/projects/{id}/exports/accruals.csv", "?from=2026-03-01&to=2026-03-31",
            "GET /api/v1/projects/{id}/exports/payments.csv", "?from=2026-03-01&to=2026-03-31",
            "POST /api/v1/projects/{id}/goals", "{\"name\": \"g\", \"metric\": \"POSTS_IN_PERIOD\", \"target\": 1, \"period\": \"WEEKLY\", "
                    + "\"starts_on\": \"2026-03-02\"}");

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anotherOrganisationsIdsAnswerLikeIdsThatDoNotExistOnEveryRouteAndChangeNothing() throws Exception {
        String alpha = TestKeys.owner(context, "isolation-alpha");
        TestKeys.owner(context, "isolation-bravo");
        Map<String, String> bravo = seedBravo();
        Map<String, String> nowhere = nowhere();
        ApiHttp http = new ApiHttp(port);
        Map<String, String> before = TableDigest.of(jdbc);
        List<String> wrong = new ArrayList<>();
        int checked = 0;

        for (Endpoints.Endpoint endpoint : Endpoints.of(context).all()) {
            if (endpoint.open() || endpoint.scope() == Scope.PLATFORM || !endpoint.pattern().contains("{")
                    || PLATFORM_ROUTES.stream().anyMatch(endpoint.pattern()::startsWith)) {
                continue;
            }
            Map<String, String> bravosIds = fill(endpoint.pattern(), bravo);
            if (bravosIds == null) {
                wrong.add(endpoint + ": no resource of B's for its variables; add one to this test");
                continue;
            }
            HttpResponse<String> foreign = call(http, endpoint, alpha, bravosIds);
            HttpResponse<String> unknown = call(http, endpoint, alpha, fill(endpoint.pattern(), nowhere));
            checked++;
            if (foreign.statusCode() != 404 || unknown.statusCode() != 404
                    || !normalised(foreign.body(), bravosIds).equals(normalised(unknown.body(), fill(endpoint.pattern(), nowhere)))) {
                wrong.add(endpoint + " → B's ids " + foreign.statusCode() + " " + foreign.body() + " | unknown ids " + unknown.statusCode()
                        + " " + unknown.body());
            }
        }

        assertThat(wrong).isEmpty();
        assertThat(checked).isGreaterThan(30);
        assertThat(TableDigest.of(jdbc)).isEqualTo(before);
    }

    /** One of each resource for organisation B: the ids its routes are aimed at. */
    private Map<String, String> seedBravo() {
        PayoutData data = new PayoutData(jdbc);
        long organisation = jdbc.queryForObject("SELECT id FROM organisations WHERE slug = 'isolation-bravo'", Long.class);
        long project = data.project(organisation, "UTC");
        long creator = data.creator(organisation, project);
        long post = data.post(organisation, creator);
        long campaign = data.campaign(organisation, project, "100.00");
        long goal = data.goal(organisation, project, "MONTHLY");
        long structure = data.cpmStructure(organisation, project, campaign);
        long accrual = data.cpmLine(organisation, project, structure, creator, post, 5000, "10.00", "0.00", Instant.parse("2026-04-03T01:00:00Z"));
        long method = jdbc.queryForObject("INSERT INTO payout_methods (organisation_id, creator_id, kind, details) VALUES (?, ?, 'PAYPAL', 'b@example.com') "
                + "RETURNING id", Long.class, organisation, creator);
        long payment = jdbc.queryForObject("INSERT INTO payout_payments (organisation_id, creator_id, method_id, amount, reference, paid_at) "
                + "VALUES (?, ?, ?, 10.00, 'B-1', now()) RETURNING id", Long.class, organisation, creator, method);
        UUID export = UUID.randomUUID();
        jdbc.update("INSERT INTO payout_exports (id, organisation_id, project_id, kind, from_date, to_date, bom, status, requested_at) "
                + "VALUES (?, ?, ?, 'ACCRUALS', '2026-03-01', '2026-03-31', false, 'QUEUED', now())", export, organisation, project);
        long key = jdbc.queryForObject("SELECT max(id) FROM api_keys WHERE organisation_id = ?", Long.class, organisation);
        long user = jdbc.queryForObject("SELECT user_id FROM api_keys WHERE id = ?", Long.class, key);
        long invitation = jdbc.queryForObject("INSERT INTO invitations (organisation_id, email, role, token_sha256, invited_by, created_at, expires_at) "
                + "VALUES (?, 'invited@bravo.test', 'member', sha256('bravo-token'::bytea), ?, now(), now() + interval '7 days') RETURNING id",
                Long.class, organisation, user);
        Map<String, String> ids = new HashMap<>();
        ids.put("projects", Long.toString(project));
        ids.put("creators", Long.toString(creator));
        ids.put("videos", Long.toString(post));
        ids.put("posts", Long.toString(post));
        ids.put("campaigns", Long.toString(campaign));
        ids.put("goals", Long.toString(goal));
        ids.put("payout-structures", Long.toString(structure));
        ids.put("accruals", Long.toString(accrual));
        ids.put("payout-methods", Long.toString(method));
        ids.put("payments", Long.toString(payment));
        ids.put("exports", export.toString());
        ids.put("api-keys", Long.toString(key));
        ids.put("organisations", Long.toString(organisation));
        ids.put("members", Long.toString(user));
        ids.put("users", Long.toString(user));
        ids.put("invitations", Long.toString(invitation));
        return ids;
    }

    private static Map<String, String> nowhere() {
        Map<String, String> ids = new HashMap<>();
        for (String resource : List.of("projects", "creators", "videos", "posts", "campaigns", "goals", "payout-structures", "accruals",
                "payout-methods", "payments", "api-keys", "organisations", "members", "users", "invitations")) {
            ids.put(resource, NOWHERE);
        }
        ids.put("exports", "00000000-0000-4000-8000-000000000000");
        return ids;
    }

    /**
     * Route variable → value: each variable takes the resource its route names, by the segment before it
     * ({@code /campaigns/{id}}) or, for a nested id, by its own name ({@code {creatorId}} a creator). Null when one cannot be filled.
     */
    private static Map<String, String> fill(String pattern, Map<String, String> ids) {
        Map<String, String> values = new HashMap<>();
        String[] segments = pattern.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (!segments[i].startsWith("{")) {
                continue;
            }
            String name = segments[i].substring(1, segments[i].length() - 1);
            String resource = switch (name) {
                case "creatorId" -> "creators";
                case "exportId" -> "exports";
                case "userId" -> "members";
                case "invitationId" -> "invitations";
                default -> segments[i - 1];
            };
            String value = ids.get(resource);
            if (value == null) {
                return null;
            }
            values.put(name, value);
        }
        return values;
    }

    private static HttpResponse<String> call(ApiHttp http, Endpoints.Endpoint endpoint, String key, Map<String, String> values) throws Exception {
        String valid = VALID_REQUESTS.get(endpoint.toString());
        String query = valid != null && valid.startsWith("?") ? valid : "";
        byte[] body = endpoint.writes() && !endpoint.method().equals("DELETE")
                ? valid != null && !valid.startsWith("?") ? valid.getBytes(java.nio.charset.StandardCharsets.UTF_8) : endpoint.body() : null;
        return http.send(endpoint.method(), endpoint.path(values, NOWHERE) + query, body == null ? null : endpoint.contentType(), body,
                "Authorization", key);
    }

    /**
     * The answer with the ids it was asked about replaced by placeholders (in texts as whole words, and numbers equal
     * to one), and its {@code instance} (the path) left out; a body that is not JSON as it is.
     */
    private static String normalised(String body, Map<String, String> values) {
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (RuntimeException e) {
            return body;
        }
        if (tree instanceof ObjectNode object) {
            object.remove("instance");
        }
        return placeholders(tree, values).toString();
    }

    private static JsonNode placeholders(JsonNode node, Map<String, String> values) {
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                object.set(name, placeholders(object.get(name), values));
            }
            return object;
        }
        if (node instanceof tools.jackson.databind.node.ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, placeholders(array.get(i), values));
            }
            return array;
        }
        if (node.isString()) {
            String text = node.asString();
            for (String value : values.values()) {
                text = text.replaceAll("\\b" + java.util.regex.Pattern.quote(value) + "\\b", "ID");
            }
            return JSON.getNodeFactory().stringNode(text);
        }
        if (node.isIntegralNumber() && values.containsValue(node.asString())) {
            return JSON.getNodeFactory().stringNode("ID");
        }
        return node;
    }
}
