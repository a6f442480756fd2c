package io.herdbook.api.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fuzz over every endpoint Spring MVC maps under {@code /api/v1}, generated from the mappings, with a key that
 * holds every scope: malformed path variables, query parameters and bodies. No answer may be a 5xx, and every
 * error is problem+json; every write that was accepted left exactly one audit row, and none that was refused. The
 * inputs are fixed (no randomness), so a failure repeats.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "herdbook.test.database.name=api_fuzz_matrix")
class ApiFuzzMatrixTest {

    private static final List<String> PATH_VALUES = List.of("0", "-1", "99999999999999999999", "9223372036854775807", "abc", "1e3",
            "%F0%9F%92%A9", "%00", "1.5", "%20", "x".repeat(3000), "00000000-0000-4000-8000-000000000000", "discovery");
    private static final List<String> QUERIES = List.of("?limit=0", "?limit=abc", "?limit=99999999999", "?cursor=%25%25%25", "?cursor=" + "A".repeat(5000),
            "?from=2026-13-45&to=2026-01-01", "?from=2026-03-01&to=1900-01-01", "?status=%00", "?period_containing=tomorrow",
            "?creator_id=-5", "?resource_id=" + "9".repeat(40), "?include_archived=maybe", "?bom=2",
            "?cursor=%C3%28", "?limit=%FF", "?resource_type=%00", "?resource_type=campaigns&resource_id=%00", "?status=%00");
    private static final List<String> BODIES = List.of("", "null", "[]", "{", "{\"a\":", "\"text\"", "123", "{\"name\": null}",
            "{\"name\": " + "[".repeat(2000) + "]".repeat(2000) + "}", "{\"name\": \"" + "n".repeat(100_000) + "\"}",
            "{\"id\": \"x\", \"name\": 5, \"budget\": \"1e400\", \"target\": -1, \"starts_on\": \"2026-02-30\", \"scopes\": \"admin\"}",
            "{\"handle\": \"\\u0000\", \"handles\": [null, 1, {}], \"project_id\": 1.5, \"ids\": [\"a\"], \"role\": \"root\"}",
            "{\"kind\": \"CPM\", \"period\": \"DAILY\", \"cpm_rate\": 0.001, \"tiers\": [{\"from_views\": -1}], \"accrual_ids\": [9223372036854775807]}",
            "{\"from\": \"2026-03-01\", \"to\": \"2026-03-01T00:00:00Z\", \"force\": \"yes\", \"email\": \"not-an-address\", \"token\": 1}",
            "\uFEFF{}", "{\"name\": \"\\ud800\"}",
            "{\"name\": \"a\\u0000b\"}", "{\"name\": \"n\", \"slug\": \"s\\u0000\"}", "{\"email\": \"x\\u0000@example.com\", \"role\": \"member\"}",
            "{\"reason\": \"r\\u0000\"}", "{\"budget\": 1e10000000}", "{\"budget\": 1e-10000000}", "{\"name\": \"a\", \"budget\": \"1e999999\"}");

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    @Test
    void noRequestToAnyEndpointIsAnsweredWithA5xxAndEveryErrorIsAProblem() throws Exception {
        String key = TestKeys.owner(context, "fuzz-matrix");
        ApiHttp http = new ApiHttp(port);
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        int acceptedWrites = 0;
        long auditRows = jdbc.queryForObject("SELECT count(*) FROM audit_log", Long.class);

        for (Endpoints.Endpoint endpoint : Endpoints.of(context).all()) {
            List<Request> requests = new ArrayList<>();
            if (endpoint.pattern().contains("{")) {
                PATH_VALUES.forEach(value -> requests.add(new Request(endpoint.path(Map.of(), value), endpoint.body())));
            }
            String path = endpoint.path(Map.of(), "1");
            QUERIES.forEach(query -> requests.add(new Request(path + query, endpoint.body())));
            if (endpoint.writes() && endpoint.contentType().startsWith("application/json")) {
                BODIES.forEach(body -> requests.add(new Request(path, body.getBytes(StandardCharsets.UTF_8))));
            }
            for (Request request : requests) {
                byte[] body = endpoint.writes() ? request.body() : null;
                HttpResponse<String> response = http.send(endpoint.method(), request.path(), body == null ? null : endpoint.contentType(), body,
                        "Authorization", key);
                sent++;
                if (endpoint.writes() && response.statusCode() >= 200 && response.statusCode() <= 299) {
                    acceptedWrites++;
                }
                boolean problem = response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
                if (response.statusCode() >= 500 || response.statusCode() >= 400 && !problem) {
                    wrong.add(endpoint + " " + shorten(request.path()) + " body " + shorten(body == null ? "" : new String(body, StandardCharsets.UTF_8))
                            + " → " + response.statusCode() + " " + shorten(response.body()));
                }
            }
        }

        assertThat(wrong).isEmpty();
        assertThat(sent).isGreaterThan(1000);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_log", Long.class) - auditRows).isEqualTo(acceptedWrites);
    }

    private record Request(String path, byte[] body) {
    }

    private static String shorten(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }
}
