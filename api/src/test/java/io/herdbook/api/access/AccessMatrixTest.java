package io.herdbook.api.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.tracking.TenantStore;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The access matrix over every endpoint Spring MVC maps under {@code /api/v1}, generated from the mappings: every
 * handler declares its scope (C20); without a key, or with an unknown or revoked one, every endpoint is a 401; a
 * key lacking the declared scope is a 403 on every endpoint that needs more, and nothing changes; the API document
 * states each operation's scope as the server enforces it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "herdbook.test.database.name=access_matrix")
class AccessMatrixTest {

    private static final String ORGANISATION = "access-matrix";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApiKeys keys;
    @Autowired TenantStore tenants;

    private ApiHttp http;
    private Endpoints endpoints;

    @BeforeEach
    void setUp() {
        http = new ApiHttp(port);
        endpoints = Endpoints.of(context);
    }

    @Test
    void everyHandlerUnderApiV1DeclaresTheScopeItNeeds() {
        List<String> undeclared = endpoints.all().stream().filter(e -> e.scope() == null && !e.open()).map(Object::toString).toList();

        assertThat(endpoints.all()).hasSizeGreaterThan(60);
        assertThat(undeclared).as("handlers without @RequiresScope (refused to every key until they declare one)").isEmpty();
    }

    @Test
    void withoutAKeyOrWithAnUnknownOrRevokedOneEveryEndpointIsA401() throws Exception {
        String revoked = TestKeys.bearer(context, ORGANISATION, "revoked@herdbook.test", EnumSet.of(Scope.READ, Scope.WRITE, Scope.ADMIN), false);
        long revokedId = jdbc.queryForObject("SELECT max(id) FROM api_keys", Long.class);
        keys.revoke(tenants.organisation(ORGANISATION).orElseThrow(), revokedId);
        List<String> wrong = new ArrayList<>();

        for (Endpoints.Endpoint endpoint : endpoints.all()) {
            if (endpoint.open()) {
                continue;
            }
            for (String key : new String[] {null, "Bearer hbk_not-a-key-of-ours", "Basic dXNlcjpwYXNz", revoked}) {
                HttpResponse<String> response = call(endpoint, key);
                if (response.statusCode() != 401 || !response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                    wrong.add(endpoint + " with " + (key == null ? "no key" : key.substring(0, Math.min(key.length(), 12))) + " → "
                            + response.statusCode());
                }
            }
        }

        assertThat(wrong).isEmpty();
    }

    @Test
    void aKeyWithoutTheDeclaredScopeIsA403OnEveryEndpointThatNeedsMoreAndChangesNothing() throws Exception {
        String read = TestKeys.bearer(context, ORGANISATION, "reader@herdbook.test", EnumSet.of(Scope.READ), false);
        String write = TestKeys.bearer(context, ORGANISATION, "writer@herdbook.test", EnumSet.of(Scope.READ, Scope.WRITE), false);
        String organisationAdmin = TestKeys.bearer(context, ORGANISATION, "org-admin@herdbook.test",
                EnumSet.of(Scope.READ, Scope.WRITE, Scope.ADMIN), false);
        Map<String, String> before = TableDigest.of(jdbc);
        List<String> wrong = new ArrayList<>();
        int refusals = 0;

        for (Endpoints.Endpoint endpoint : endpoints.all()) {
            if (endpoint.open() || endpoint.scope() == Scope.READ) {
                continue;
            }
            List<String> tooWeak = switch (endpoint.scope()) {
                case WRITE -> List.of(read);
                case ADMIN -> List.of(read, write);
                case PLATFORM -> List.of(read, write, organisationAdmin);
                case READ -> List.of();
            };
            for (String key : tooWeak) {
                HttpResponse<String> response = call(endpoint, key);
                refusals++;
                JsonNode problem = response.statusCode() == 403 ? JSON.readTree(response.body()) : null;
                if (problem == null || !problem.get("required_scope").asString().equals(endpoint.scope().word())
                        || !problem.get("detail").asString().contains(endpoint.scope() == Scope.PLATFORM ? "platform admin required"
                        : endpoint.scope().word() + " scope required")) {
                    wrong.add(endpoint + " → " + response.statusCode() + " " + response.body());
                }
            }
        }

        assertThat(wrong).isEmpty();
        assertThat(refusals).isGreaterThan(30);
        assertThat(TableDigest.of(jdbc)).isEqualTo(before);
    }

    @Test
    void optionsIsAnsweredWithTheMethodsARouteTakes() throws Exception {
        String read = TestKeys.bearer(context, ORGANISATION, "options@herdbook.test", EnumSet.of(Scope.READ), false);

        HttpResponse<String> options = http.send("OPTIONS", "/api/v1/creators", null, null, "Authorization", read);

        assertThat(options.statusCode()).isEqualTo(200);
        assertThat(options.headers().firstValue("Allow").orElse("")).contains("GET").contains("POST");
    }

    @Test
    void theApiDocumentStatesEachOperationsScopeAsTheServerEnforcesIt() throws Exception {
        HttpResponse<String> response = http.send("GET", "/api/v1/openapi.json", null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode paths = JSON.readTree(response.body()).get("paths");
        List<String> wrong = new ArrayList<>();

        for (Endpoints.Endpoint endpoint : endpoints.all()) {
            JsonNode operation = paths.path(endpoint.pattern()).path(endpoint.method().toLowerCase(java.util.Locale.ROOT));
            if (endpoint.handler().getBeanType().getPackageName().startsWith("org.springdoc")) {
                continue;
            }
            String expected = endpoint.open() ? "none" : endpoint.scope().word();
            if (operation.isMissingNode() || !operation.path("x-required-scope").asString("").equals(expected)) {
                wrong.add(endpoint + " documents " + operation.path("x-required-scope") + ", enforces " + expected);
            }
        }

        assertThat(wrong).isEmpty();
        assertThat(JSON.readTree(response.body()).at("/components/securitySchemes/bearer-key/scheme").asString()).isEqualTo("bearer");
    }

    private HttpResponse<String> call(Endpoints.Endpoint endpoint, String key) throws Exception {
        String path = endpoint.path(Map.of(), "1");
        byte[] body = endpoint.writes() && !endpoint.method().equals("DELETE") ? endpoint.body() : null;
        return http.send(endpoint.method(), path, body == null ? null : endpoint.contentType(), body, "Authorization", key);
    }
}
