package io.herdbook.api.payouts;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.api.access.TestKeys;
import io.herdbook.jobs.goals.GoalEvaluationJobConfiguration;
import io.herdbook.scheduler.control.LocalRuns;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/v1/payout-structures/{id}/reevaluations} over loopback HTTP: what it writes, and every refusal. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "herdbook.test.database.name=reevaluations_api")
class ReevaluationsApiTest {

    static final String ORGANISATION = "reevaluations-api";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired LocalRuns runs;
    private String key;

    /** This test's key: every scope, for the owner of {@value #ORGANISATION}, issued on first use (after the test's data). */
    private String key() {
        if (key == null) {
            key = TestKeys.owner(context, ORGANISATION);
        }
        return key;
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header(TestKeys.HEADER, key()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("detail").asString()).contains(detail);
    }

    @Test
    void reEvaluatingAnsweredWithTheAdjustingLinesAndRefusesWhatItCannotDo() throws Exception {
        PayoutSeed seed = new PayoutSeed(jdbc, ORGANISATION);
        long project = seed.project("main", "UTC");
        long creator = seed.creator(project, "gia");
        long post = seed.post(creator, Instant.parse("2026-01-10T12:00:00Z"));
        seed.snapshot(post, Instant.parse("2026-01-20T00:00:00Z"), 12_345, 0);
        long cpm = seed.cpm(project, null, "3.00", null, null, LocalDate.parse("2026-01-01"));
        PayoutSeed foreign = new PayoutSeed(jdbc, "someone-else");
        long foreignCpm = foreign.cpm(foreign.project("theirs", "UTC"), null, "3.00", null, null, LocalDate.parse("2026-01-01"));

        assertProblem(post("/api/v1/payout-structures/" + cpm + "/reevaluations", "{\"period_start\":\"2026-01-01\"}"), 409,
                "has not been evaluated yet; goal-evaluation evaluates it from 2026-02-03T00:00:00Z");
        runs.run(GoalEvaluationJobConfiguration.JOB_NAME, Instant.parse("2026-02-03T00:10:00Z"));
        long lines = jdbc.queryForObject("SELECT count(*) FROM payout_accruals", Long.class);

        assertProblem(post("/api/v1/payout-structures/" + foreignCpm + "/reevaluations", "{\"period_start\":\"2026-01-01\"}"), 404,
                "no payout structure " + foreignCpm);
        assertProblem(post("/api/v1/payout-structures/999999/reevaluations", "{\"period_start\":\"2026-01-01\"}"), 404, "no payout structure");
        assertProblem(post("/api/v1/payout-structures/" + cpm + "/reevaluations", "{}"), 400, "period_start");
        assertProblem(post("/api/v1/payout-structures/" + cpm + "/reevaluations", "{\"period_start\":\"2026-01-01\",\"extra\":1}"), 400, "extra");
        assertProblem(post("/api/v1/payout-structures/" + cpm + "/reevaluations", "{\"period_start\":\"2026-01-05\"}"), 400,
                "does not start a monthly period; 2026-01-01 does");
        assertProblem(post("/api/v1/payout-structures/" + cpm + "/reevaluations", "{\"period_start\":\"January\"}"), 400, "");
        assertProblem(post("/api/v1/payout-structures/" + cpm + "/reevaluations", "not json"), 400, "");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payout_accruals", Long.class)).isEqualTo(lines).isEqualTo(1);

        // 12,345 × 3.00 / 1000 = 37.035 → 37.04 first; a later snapshot before the cutoff has 20,000: 60.00, so +22.96.
        seed.snapshot(post, Instant.parse("2026-02-02T00:00:00Z"), 20_000, 0);
        HttpResponse<String> response = post("/api/v1/payout-structures/" + cpm + "/reevaluations", "{\"period_start\":\"2026-01-01\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode line = JSON.readTree(response.body()).get("lines").get(0);
        assertThat(JSON.readTree(response.body()).get("lines").size()).isEqualTo(1);
        assertThat(line.get("revision").asInt()).isEqualTo(1);
        assertThat(line.get("amount").asString()).isEqualTo("22.96");
        assertThat(line.get("computed_amount").asString()).isEqualTo("22.96");
        assertThat(line.get("post_id").asLong()).isEqualTo(post);
        assertThat(line.get("note").asString()).isEqualTo("re-evaluation: now 20000 views (+22.96)");
        assertThat(jdbc.queryForObject("SELECT sum(amount) FROM payout_accruals WHERE post_id = ?", java.math.BigDecimal.class, post))
                .isEqualByComparingTo("60.00");
    }
}
