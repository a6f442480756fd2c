package io.herdbook.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.api.access.TestKeys;
import io.herdbook.scheduler.catalogue.JobCatalogue;
import io.herdbook.scheduler.ledger.RunCounts;
import io.herdbook.scheduler.ledger.RunLedger;
import io.herdbook.scheduler.ledger.RunStatus;
import io.herdbook.scheduler.ledger.RunTrigger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/jobs} over real HTTP on loopback, on a database of its own. No worker runs here, so a
 * queued run stays QUEUED: what is checked is what the API queued and what the ledger holds. Each test
 * works on its own job (or its own days), so they pass in any order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "herdbook.test.database.name=jobs_api")
class JobsApiTest {

    /** The organisation this test's key is for; jobs are the platform's, not an organisation's. */
    static final String ORGANISATION = "jobs-api";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired RunLedger ledger;
    @Autowired Clock clock;
    private String key;

    /** This test's key: every scope, for the owner of {@value #ORGANISATION}, issued on first use (after the test's data). */
    private String key() {
        if (key == null) {
            key = TestKeys.owner(context, ORGANISATION);
        }
        return key;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).header(TestKeys.HEADER, key()).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header(TestKeys.HEADER, key()).header("Content-Type", "application/json");
        return HTTP.send(request.POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).get("status").asInt()).isEqualTo(status);
        assertThat(json(response).get("detail").asString()).isNotBlank();
    }

    /** A UTC day some days back, by the application's clock: always in the past, whenever the test runs. */
    private String daysAgo(int days) {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(days).toString();
    }

    @Test
    void listsTheNineJobsOfTheCatalogueWithTheirSchedules() throws Exception {
        HttpResponse<String> response = get("/api/v1/jobs");

        assertThat(response.statusCode()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        json(response).forEach(job -> names.add(job.get("name").asString()));
        assertThat(names).containsExactlyElementsOf(JobCatalogue.DEFAULT_CRONS.keySet()).hasSize(9);
        JsonNode healthCheck = json(get("/api/v1/jobs/health-check"));
        assertThat(healthCheck.get("cron").asString()).isEqualTo("0 5 * * * ?");
        assertThat(healthCheck.get("next_period").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:05:00Z");
    }

    @Test
    void theApiDocumentDescribesEachJobEndpointsScope() throws Exception {
        JsonNode paths = json(get("/api/v1/openapi.json")).get("paths");

        assertThat(paths.has("/api/v1/jobs/{name}/backfills")).isTrue();
        assertThat(paths.get("/api/v1/jobs/{name}/backfills").get("post").get("description").asString()).contains("Admin scope held by a platform admin");
        assertThat(paths.get("/api/v1/jobs").get("get").get("description").asString()).contains("Read scope");
    }

    @Test
    void pausingThenResumingAScheduleChangesItsView() throws Exception {
        HttpResponse<String> paused = post("/api/v1/jobs/daily-digest/pause", null);
        JsonNode whilePaused = json(get("/api/v1/jobs/daily-digest"));
        HttpResponse<String> resumed = post("/api/v1/jobs/daily-digest/resume", null);

        assertThat(paused.statusCode()).as(paused.body()).isEqualTo(200);
        assertThat(json(paused).get("paused").asBoolean()).isTrue();
        assertThat(json(paused).get("next_period").isNull()).isTrue();
        assertThat(whilePaused.get("paused").asBoolean()).isTrue();
        assertThat(resumed.statusCode()).isEqualTo(200);
        assertThat(json(resumed).get("paused").asBoolean()).isFalse();
        assertThat(json(resumed).get("next_period").asString()).endsWith("T14:30:00Z");
    }

    @Test
    void aBackfillQueuesEachPeriodOnceARepeatIsA409AndForceQueuesNewRevisions() throws Exception {
        String day = daysAgo(3);
        String range = "{\"from\": \"" + day + "T00:00:00Z\", \"to\": \"" + day + "T02:59:59Z\"}";

        HttpResponse<String> first = post("/api/v1/jobs/health-check/backfills", range);
        int rowsAfterFirst = ledger.list("health-check", null, 100).size();
        HttpResponse<String> repeat = post("/api/v1/jobs/health-check/backfills", range);
        int rowsAfterRepeat = ledger.list("health-check", null, 100).size();

        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
        assertThat(json(first).get("queued").asInt()).isEqualTo(3);
        List<String> periods = new ArrayList<>();
        json(first).get("periods").forEach(outcome -> {
            periods.add(outcome.get("period").asString());
            assertThat(outcome.get("queued").asBoolean()).isTrue();
            assertThat(outcome.get("run").get("status").asString()).isEqualTo("QUEUED");
            assertThat(outcome.get("run").get("trigger").asString()).isEqualTo("BACKFILL");
        });
        assertThat(periods).containsExactly(day + "T00:05:00Z", day + "T01:05:00Z", day + "T02:05:00Z");
        assertThat(rowsAfterFirst).isEqualTo(3);
        assertProblem(repeat, 409);
        assertThat(json(repeat).get("periods")).hasSize(3);
        json(repeat).get("periods").forEach(outcome -> {
            assertThat(outcome.get("queued").asBoolean()).isFalse();
            assertThat(outcome.get("message").asString()).startsWith("already queued");
        });
        assertThat(rowsAfterRepeat).isEqualTo(3);

        completeAll("health-check");
        HttpResponse<String> forced = post("/api/v1/jobs/health-check/backfills", range.replace("}", ", \"force\": true}"));

        assertThat(forced.statusCode()).as(forced.body()).isEqualTo(202);
        json(forced).get("periods").forEach(outcome -> assertThat(outcome.get("run").get("revision").asInt()).isEqualTo(1));
        assertThat(ledger.list("health-check", null, 100)).hasSize(6);
    }

    /** What a worker would have done: a completed period is refused without force, re-run with it. */
    private void completeAll(String job) {
        ledger.list(job, null, 100).forEach(run -> ledger.markFinished(run.id(), RunStatus.COMPLETED, RunCounts.NONE,
                null, null, "test", null, clock.instant()));
    }

    @Test
    void aRepeatedBackfillOfCompletedPeriodsIsA409ThatSaysHowToForceIt() throws Exception {
        String day = daysAgo(4);
        String range = "{\"from\": \"" + day + "\"}";
        assertThat(post("/api/v1/jobs/anomaly-check/backfills", range).statusCode()).isEqualTo(202);
        completeAll("anomaly-check");

        HttpResponse<String> repeat = post("/api/v1/jobs/anomaly-check/backfills", range);

        assertProblem(repeat, 409);
        assertThat(json(repeat).get("periods").get(0).get("period").asString()).isEqualTo(day + "T08:15:00Z");
        assertThat(json(repeat).get("periods").get(0).get("message").asString()).contains("already completed").contains("force");
        assertThat(ledger.list("anomaly-check", null, 100)).hasSize(1);
    }

    @Test
    void aRangeReachingIntoTheFutureIsA400AndQueuesNothing() throws Exception {
        String tomorrow = daysAgo(-1);

        HttpResponse<String> response = post("/api/v1/jobs/comment-sweep/backfills", "{\"from\": \"" + daysAgo(1) + "\", \"to\": \"" + tomorrow + "\"}");

        assertProblem(response, 400);
        assertThat(json(response).get("detail").asString()).contains("future");
        assertThat(ledger.list("comment-sweep", null, 100)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"from\": ",
        "[]",
        "\"2026-01-01\"",
        "{}",
        "{\"from\": 20260101}",
        "{\"from\": \"yesterday\"}",
        "{\"from\": \"2026-01-01\", \"to\": \"2026-13-01\"}",
        "{\"from\": \"2026-01-01\", \"force\": \"yes\"}",
        "{\"from\": \"2026-01-01\", \"revision\": 7}",
        "{\"from\": \"+999999999-12-31T23:59:59Z\"}",
        "{\"from\": \"2026-01-02\", \"to\": \"2026-01-01\"}",
    })
    void aBodyThatIsNotABackfillIsA400ProblemNeverA500(String body) throws Exception {
        HttpResponse<String> response = post("/api/v1/jobs/deep-reconcile/backfills", body);

        assertProblem(response, 400);
        assertThat(ledger.list("deep-reconcile", null, 100)).isEmpty();
    }

    @Test
    void everyWrongFieldOfABodyIsNamed() throws Exception {
        HttpResponse<String> response = post("/api/v1/jobs/deep-reconcile/backfills", "{\"to\": 5, \"force\": \"yes\", \"role\": \"admin\"}");

        assertProblem(response, 400);
        List<String> fields = new ArrayList<>();
        json(response).get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("role", "from", "to", "force");
    }

    @Test
    void anEmptyBodyOrOneThatIsNotJsonIsA400Or415Problem() throws Exception {
        HttpResponse<String> empty = post("/api/v1/jobs/deep-reconcile/backfills", null);
        HttpResponse<String> text = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/jobs/deep-reconcile/backfills")).header(TestKeys.HEADER, key())
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("from=2026-01-01")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertProblem(empty, 400);
        assertProblem(text, 415);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "GET /api/v1/jobs/no-such-job",
        "GET /api/v1/jobs/no-such-job/runs",
        "GET /api/v1/jobs/no-such-job/runs/1",
        "POST /api/v1/jobs/no-such-job/pause",
        "POST /api/v1/jobs/no-such-job/resume",
        "POST /api/v1/jobs/no-such-job/backfills",
        "POST /api/v1/jobs/no-such-job/runs",
    })
    void anUnknownJobIsA404ProblemNamingTheKnownJobs(String call) throws Exception {
        String[] parts = call.split(" ");
        HttpResponse<String> response = parts[0].equals("GET") ? get(parts[1]) : post(parts[1], "{\"from\": \"2026-01-01\"}");

        assertProblem(response, 404);
        assertThat(json(response).get("detail").asString()).contains("no-such-job").contains("goal-evaluation");
        assertThat(json(response).get("jobs")).hasSize(9);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/api/v1/jobs/discovery/runs?limit=0",
        "/api/v1/jobs/discovery/runs?limit=100000",
        "/api/v1/jobs/discovery/runs?limit=99999999999999999999",
        "/api/v1/jobs/discovery/runs?cursor=not-a-cursor",
        // Forged cursors: well-formed tokens whose values no list ever gave out.
        "/api/v1/jobs/discovery/runs?cursor=Kzk5OTk5OTk5OS0xMi0zMVQyMzo1OTo1OVp8MQ",
        "/api/v1/jobs/discovery/runs?cursor=MjAyNi0wMS0wMVQwMDowMDowMFp8LTE",
        "/api/v1/jobs/discovery/runs/abc",
    })
    void badListParametersAreA400ProblemNeverA500(String path) throws Exception {
        assertProblem(get(path), 400);
    }

    @Test
    void pagesThroughAJobsRunsNewestFirstWithACursorReturningEachRunExactlyOnce() throws Exception {
        assertThat(post("/api/v1/jobs/video-expiry/backfills", "{\"from\": \"" + daysAgo(12) + "\", \"to\": \"" + daysAgo(8) + "\"}")
                .statusCode()).isEqualTo(202);
        completeAll("video-expiry");
        String day = daysAgo(10);
        assertThat(post("/api/v1/jobs/video-expiry/backfills", "{\"from\": \"" + day + "\", \"force\": true}").statusCode()).isEqualTo(202);
        List<String> expected = ledger.list("video-expiry", null, 100).stream().map(run -> run.period() + "#" + run.revision()).toList();

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            HttpResponse<String> response = get("/api/v1/jobs/video-expiry/runs?limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            json(response).get("items").forEach(run -> seen.add(run.get("period").asString() + "#" + run.get("revision").asInt()));
            cursor = json(response).get("next").isNull() ? null : json(response).get("next").asString();
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(expected).hasSize(6);
        assertThat(seen).containsExactlyElementsOf(expected);
        // The forced day's two revisions are neighbours, the newer first, whichever page boundary falls between them.
        assertThat(seen).containsSubsequence(day + "T03:45:00Z#1", day + "T03:45:00Z#0");
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void runNowQueuesARunAnswering202WithALocationThatServesIt() throws Exception {
        HttpResponse<String> response = post("/api/v1/jobs/goal-evaluation/runs", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/api/v1/jobs/goal-evaluation/runs/\\d+");
        HttpResponse<String> polled = get(location);
        assertThat(polled.statusCode()).isEqualTo(200);
        assertThat(json(polled)).isEqualTo(json(response));
        assertThat(json(polled).get("status").asString()).isEqualTo("QUEUED");
        assertThat(json(polled).get("trigger").asString()).isEqualTo("RUN_NOW");
        assertThat(json(polled).get("queue_job_id").isNull()).isFalse();
        assertThat(ledger.find(json(polled).get("id").asLong())).isPresent();
    }

    @Test
    void runNowWhenThisSecondsRunIsThereAlreadyAnswers200WithThatRunAndQueuesNothing() throws Exception {
        // Runs for the next minute's seconds first, so the request meets "its" second's run whenever it lands;
        // completed, because a QUEUED run missing from the queue would rightly be queued again.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        for (int second = -1; second <= 60; second++) {
            ledger.claim("discovery", now.plusSeconds(second), 0, RunTrigger.RUN_NOW, now.plusSeconds(second), now)
                    .ifPresent(run -> ledger.markFinished(run.id(), RunStatus.COMPLETED, RunCounts.NONE, null, null, "test", null, now));
        }
        int rowsBefore = ledger.list("discovery", null, 100).size();

        HttpResponse<String> response = post("/api/v1/jobs/discovery/runs", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/jobs/discovery/runs/" + json(response).get("id").asLong());
        assertThat(ledger.list("discovery", null, 100)).hasSize(rowsBefore);
    }

    @Test
    void aRunIsServedOnlyUnderItsOwnJob() throws Exception {
        long id = json(post("/api/v1/jobs/stats-refresh/runs", null)).get("id").asLong();

        HttpResponse<String> own = get("/api/v1/jobs/stats-refresh/runs/" + id);
        HttpResponse<String> other = get("/api/v1/jobs/discovery/runs/" + id);
        HttpResponse<String> missing = get("/api/v1/jobs/stats-refresh/runs/987654321");

        assertThat(own.statusCode()).isEqualTo(200);
        assertProblem(other, 404);
        assertProblem(missing, 404);
    }
}
