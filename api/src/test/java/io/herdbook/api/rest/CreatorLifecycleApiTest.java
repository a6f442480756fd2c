package io.herdbook.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.api.access.TestKeys;
import io.herdbook.api.pipeline.TestSandbox;
import io.herdbook.jobs.launch.JobLaunches;
import io.herdbook.jobs.testing.SettableClock;
import io.herdbook.jobs.tracking.CreatorStore;
import io.herdbook.jobs.tracking.TenantStore;
import io.herdbook.sandbox.Sandbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Re-enable, rename and a creator's history over real HTTP on loopback, with the application's clock set by the test
 * and a JobRunr worker in the same node, so the profile fetch a rename queues runs against the sandbox's generated
 * pages. Each test has creators of its own in the organisation the test's key is for; another organisation has one creator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "herdbook.test.database.name=creator_lifecycle_api",
        "jobrunr.background-job-server.enabled=true", "jobrunr.background-job-server.poll-interval-in-seconds=5",
        "jobrunr.background-job-server.worker-count=2"})
@Import(CreatorLifecycleApiTest.Clocks.class)
@DirtiesContext
class CreatorLifecycleApiTest {

    static final String ORGANISATION = "lifecycle-api";
    static final SettableClock CLOCK = new SettableClock(Instant.parse("2026-10-01T09:00:00Z"));
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Sandbox sandbox;

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        Clock settableClock() {
            return CLOCK;
        }
    }

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired TenantStore tenants;
    @Autowired CreatorStore creators;
    @Autowired JobLaunches jobs;
    private String key;

    /** This test's key: every scope, for the owner of {@value #ORGANISATION}, issued on first use (after the test's data). */
    private String key() {
        if (key == null) {
            key = TestKeys.owner(context, ORGANISATION);
        }
        return key;
    }

    private long project;
    private long foreign;

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        sandbox = TestSandbox.ofGeneratedPages(registry);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void tenants() {
        jdbc.execute("TRUNCATE organisations CASCADE");
        CLOCK.set(Instant.parse("2026-10-01T09:00:00Z"));
        project = tenants.ensureProject(tenants.ensureOrganisation(ORGANISATION, ORGANISATION), "main", "Main");
        foreign = creators.register(tenants.ensureProject(tenants.ensureOrganisation("someone-else", "Else"), "main", "Main"), "theirs");
        jdbc.update("UPDATE creators SET status = 'DISABLED', disabled_reason = 'UNREACHABLE' WHERE id = ?", foreign);
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header(TestKeys.HEADER, key()).header("Content-Type", "application/json");
        return HTTP.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    private long disabledCreator(String handle, String reason, int failures) {
        long id = creators.register(project, handle);
        jdbc.update("UPDATE creators SET status = 'DISABLED', disabled_reason = ?, consecutive_failures = ?, disabled_at = ? WHERE id = ?",
                reason, failures, CLOCK.instant().atOffset(ZoneOffset.UTC), id);
        return id;
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("""
                SELECT handle, status, coalesce(disabled_reason, '-') AS reason, consecutive_failures,
                       extract(epoch FROM last_reenabled_at)::bigint AS last_reenabled_at
                  FROM creators WHERE id = ?""", id);
    }

    private List<String> events(long id) {
        return jdbc.queryForList("SELECT kind || ' ' || detail::text || ' ' || actor FROM creator_events WHERE creator_id = ? ORDER BY id",
                String.class, id);
    }

    // ---- re-enable

    @Test
    void reEnablingMakesTheCreatorActiveAndASecondReEnableWithin24HoursIsA409() throws Exception {
        long id = disabledCreator("gone_for_now", "ACCOUNT_DELETED", 5);
        Instant first = CLOCK.instant();

        HttpResponse<String> enabled = send("POST", "/api/v1/creators/" + id + "/re-enable", null);
        jdbc.update("UPDATE creators SET status = 'DISABLED', disabled_reason = 'UNREACHABLE', consecutive_failures = 5 WHERE id = ?", id);
        CLOCK.advance(Duration.ofHours(24).minusSeconds(1));
        HttpResponse<String> tooSoon = send("POST", "/api/v1/creators/" + id + "/re-enable", null);
        Map<String, Object> afterRefusal = row(id);
        CLOCK.advance(Duration.ofSeconds(1));
        HttpResponse<String> again = send("POST", "/api/v1/creators/" + id + "/re-enable", null);

        assertThat(enabled.statusCode()).as(enabled.body()).isEqualTo(200);
        assertThat(json(enabled).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(json(enabled).get("disabled_reason").isNull()).isTrue();
        assertThat(json(enabled).get("consecutive_failures").asInt()).isZero();
        assertProblem(tooSoon, 409);
        assertThat(json(tooSoon).get("allowed_from").asString()).isEqualTo(first.plus(Duration.ofHours(24)).toString());
        assertThat(json(tooSoon).get("detail").asString()).isEqualTo("creator " + id + " was re-enabled at " + first
                + "; it can be re-enabled again from " + first.plus(Duration.ofHours(24)));
        assertThat(afterRefusal).isEqualTo(Map.of("handle", "gone_for_now", "status", "DISABLED", "reason", "UNREACHABLE",
                "consecutive_failures", 5, "last_reenabled_at", first.getEpochSecond()));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(row(id)).isEqualTo(Map.of("handle", "gone_for_now", "status", "ACTIVE", "reason", "-", "consecutive_failures", 0,
                "last_reenabled_at", first.plus(Duration.ofHours(24)).getEpochSecond()));
        assertThat(events(id)).containsExactly("REENABLED {\"disabled_reason\": \"ACCOUNT_DELETED\"} api",
                "REENABLED {\"disabled_reason\": \"UNREACHABLE\"} api");
    }

    @Test
    void reEnablingACreatorThatIsNotDisabledIsA409AndChangesNothing() throws Exception {
        long id = creators.register(project, "lena.bakes");

        HttpResponse<String> response = send("POST", "/api/v1/creators/" + id + "/re-enable", null);

        assertProblem(response, 409);
        assertThat(json(response).get("detail").asString()).isEqualTo("creator " + id + " is ACTIVE, not disabled");
        assertThat(events(id)).isEmpty();
    }

    /** Each of the problem's errors as "field message". */
    private static List<String> errors(HttpResponse<String> response) {
        List<String> errors = new ArrayList<>();
        json(response).get("errors").forEach(e -> errors.add(e.get("field").asString() + " " + e.get("message").asString()));
        return errors;
    }

    @Test
    void reEnablingWithAJunkBodyOrAnUnknownFieldIsA400NamingItAndChangesNothingWhileAnEmptyObjectIsAccepted() throws Exception {
        long id = disabledCreator("sent_junk", "UNREACHABLE", 5);
        Map<String, Object> before = row(id);

        HttpResponse<String> junk = send("POST", "/api/v1/creators/" + id + "/re-enable", "junk");
        HttpResponse<String> array = send("POST", "/api/v1/creators/" + id + "/re-enable", "[]");
        HttpResponse<String> field = send("POST", "/api/v1/creators/" + id + "/re-enable", "{\"force\": true}");
        Map<String, Object> afterRefusals = row(id);
        HttpResponse<String> empty = send("POST", "/api/v1/creators/" + id + "/re-enable", "{}");

        assertProblem(junk, 400);
        assertThat(errors(junk)).containsExactly(" not well-formed JSON");
        assertProblem(array, 400);
        assertThat(json(array).get("detail").asString()).isEqualTo("re-enable takes no body, or an empty JSON object {}");
        assertProblem(field, 400);
        assertThat(errors(field)).containsExactly("force unknown field; re-enable takes none");
        assertThat(afterRefusals).isEqualTo(before).containsEntry("status", "DISABLED");
        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(200);
        assertThat(row(id)).containsEntry("status", "ACTIVE");
        assertThat(events(id)).containsExactly("REENABLED {\"disabled_reason\": \"UNREACHABLE\"} api");
    }

    @Test
    void theCreatorViewShowsStatusDisabledReasonAndConsecutiveFailures() throws Exception {
        long id = disabledCreator("quiet_one", "ACCOUNT_PRIVATE", 7);

        JsonNode creator = json(send("GET", "/api/v1/creators/" + id, null));

        assertThat(creator.get("status").asString()).isEqualTo("DISABLED");
        assertThat(creator.get("disabled_reason").asString()).isEqualTo("ACCOUNT_PRIVATE");
        assertThat(creator.get("consecutive_failures").asInt()).isEqualTo(7);
    }

    // ---- history

    @Test
    void theHistoryIsPagedNewestFirst() throws Exception {
        long id = disabledCreator("flapping", "UNREACHABLE", 5);
        for (int i = 0; i < 3; i++) {
            assertThat(send("POST", "/api/v1/creators/" + id + "/re-enable", null).statusCode()).isEqualTo(200);
            jdbc.update("UPDATE creators SET status = 'DISABLED', disabled_reason = 'UNREACHABLE' WHERE id = ?", id);
            CLOCK.advance(Duration.ofHours(25));
        }

        JsonNode page = json(send("GET", "/api/v1/creators/" + id + "/events?limit=2", null));
        JsonNode rest = json(send("GET", "/api/v1/creators/" + id + "/events?limit=2&cursor=" + page.get("next").asString(), null));

        List<String> at = new ArrayList<>();
        page.get("items").forEach(e -> at.add(e.get("at").asString()));
        rest.get("items").forEach(e -> at.add(e.get("at").asString()));
        assertThat(at).containsExactly("2026-10-03T11:00:00Z", "2026-10-02T10:00:00Z", "2026-10-01T09:00:00Z");
        assertThat(rest.get("next").isNull()).isTrue();
        JsonNode newest = page.get("items").get(0);
        assertThat(newest.get("kind").asString()).isEqualTo("REENABLED");
        assertThat(newest.get("actor").asString()).isEqualTo("api");
        assertThat(newest.get("slot").isNull()).isTrue();
        assertThat(newest.get("detail")).isEqualTo(JSON.readTree("{\"disabled_reason\": \"UNREACHABLE\"}"));
    }

    @Test
    void anotherOrganisationsCreatorIsA404WithTheBodyOfAnUnknownIdAndChangesNothing() throws Exception {
        long unknown = foreign + 1_000_000;
        for (String[] call : List.of(new String[] {"POST", "/re-enable", null}, new String[] {"GET", "/events", null},
                new String[] {"PATCH", "", "{\"handle\": \"mine_now\"}"})) {
            HttpResponse<String> theirs = send(call[0], "/api/v1/creators/" + foreign + call[1], call[2]);
            HttpResponse<String> missing = send(call[0], "/api/v1/creators/" + unknown + call[1], call[2]);

            assertProblem(theirs, 404);
            assertProblem(missing, 404);
            assertThat(theirs.body().replace(Long.toString(foreign), "ID")).isEqualTo(missing.body().replace(Long.toString(unknown), "ID"));
        }
        assertThat(jdbc.queryForMap("SELECT handle, status FROM creators WHERE id = ?", foreign))
                .isEqualTo(Map.of("handle", "theirs", "status", "DISABLED"));
        assertThat(events(foreign)).isEmpty();
    }

    // ---- rename

    @Test
    void renamingKeepsTheRecordAndItsPostsRecordsTheEventAndQueuesAFreshProfileFetch() throws Exception {
        // The account was first tracked as lena.bakes; then (as far as Herdbook knows) it was renamed away from the record's
        // handle: the record says lena_before, which the platform no longer knows.
        long id = creators.register(project, "lena.bakes");
        Instant slot = Instant.parse("2026-10-01T08:00:00Z");
        assertThat(jobs.run("discovery", slot).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        List<Long> posts = jdbc.queryForList("SELECT id FROM posts WHERE creator_id = ? ORDER BY id", Long.class, id);
        jdbc.update("UPDATE creators SET handle = 'lena_before' WHERE id = ?", id);
        assertThat(jobs.run("discovery", slot.plusSeconds(1800)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        CLOCK.set(Instant.parse("2026-10-01T09:17:23Z"));

        HttpResponse<String> response = send("PATCH", "/api/v1/creators/" + id, "{\"handle\": \"@lena.bakes\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("handle").asString()).isEqualTo("lena.bakes");
        assertThat(json(response).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(posts).hasSize(5);
        assertThat(jdbc.queryForList("SELECT id FROM posts WHERE creator_id = ? ORDER BY id", Long.class, id)).isEqualTo(posts);
        assertThat(events(id)).containsExactly(
                "STATUS_CHANGED {\"to\": \"NOT_FOUND\", \"from\": \"ACTIVE\"} discovery",
                "RENAMED {\"to\": \"lena.bakes\", \"from\": \"lena_before\"} api",
                "REACTIVATED {\"from\": \"NOT_FOUND\"} api");
        OffsetDateTime renamedAt = CLOCK.instant().atOffset(ZoneOffset.UTC);
        String fetched = awaitProfileFetch(id, renamedAt);
        assertThat(fetched).isEqualTo("discovery /@lena.bakes DATA");
        assertThat(jdbc.queryForList("SELECT followers FROM creator_snapshots WHERE creator_id = ? AND observed_at = ?", Long.class, id, renamedAt))
                .containsExactly(sandbox.library().creator("lena.bakes").orElseThrow().followers());
        // Every post the fresh walk listed was known: the same five rows, no new ones.
        assertThat(jdbc.queryForList("SELECT id FROM posts WHERE creator_id = ? ORDER BY id", Long.class, id)).isEqualTo(posts);
    }

    private String awaitProfileFetch(long id, OffsetDateTime slot) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            List<String> rows = jdbc.queryForList("""
                    SELECT job_name || ' ' || resource || ' ' || outcome FROM fetch_attempts
                     WHERE creator_id = ? AND observed_at = ? AND resource LIKE '/@%'""", String.class, id, slot);
            if (!rows.isEmpty()) {
                return String.join(", ", rows);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the profile fetch queued by the rename did not run within 30 s");
    }

    @Test
    void renamingToAHandleTheProjectTracksIsA409AndABadHandleA400() throws Exception {
        long id = creators.register(project, "milo.trails");
        long other = creators.register(project, "ivy.sketches");

        HttpResponse<String> taken = send("PATCH", "/api/v1/creators/" + id, "{\"handle\": \"ivy.sketches\"}");
        // Handles are case-insensitive: the same account typed another way is the same creator.
        HttpResponse<String> takenInCapitals = send("PATCH", "/api/v1/creators/" + id, "{\"handle\": \"@Ivy.Sketches\"}");
        HttpResponse<String> bad = send("PATCH", "/api/v1/creators/" + id, "{\"handle\": \"not a handle!\"}");
        HttpResponse<String> unknownField = send("PATCH", "/api/v1/creators/" + id, "{\"name\": \"x\"}");
        HttpResponse<String> same = send("PATCH", "/api/v1/creators/" + id, "{\"handle\": \"milo.trails\"}");

        assertProblem(taken, 409);
        assertThat(json(taken).get("detail").asString()).isEqualTo("the project already tracks @ivy.sketches (creator " + other + ")");
        assertProblem(takenInCapitals, 409);
        assertThat(json(takenInCapitals).get("detail").asString()).isEqualTo(json(taken).get("detail").asString());
        assertProblem(bad, 400);
        assertThat(json(bad).get("errors").get(0).get("field").asString()).isEqualTo("handle");
        assertProblem(unknownField, 400);
        assertThat(same.statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForList("SELECT handle FROM creators WHERE id IN (?, ?) ORDER BY id", String.class, id, other))
                .containsExactly("milo.trails", "ivy.sketches");
        assertThat(events(id)).isEmpty();
    }

    @Test
    void aHugeBadHandleIsA400ThatQuotesOnlyItsStartAndChangesNothing() throws Exception {
        long id = creators.register(project, "milo.trails");
        String huge = "a".repeat(1_000_000);

        HttpResponse<String> bad = send("PATCH", "/api/v1/creators/" + id, "{\"handle\": \"" + huge + "\"}");

        assertProblem(bad, 400);
        String quoted = "'" + "a".repeat(200) + "…' is neither a handle (letters, digits, '_' and '.', at most 24) nor a link to one";
        assertThat(json(bad).get("detail").asString()).isEqualTo(quoted);
        assertThat(errors(bad)).containsExactly("handle " + quoted);
        assertThat(bad.body().length()).isLessThan(1_000);
        assertThat(jdbc.queryForObject("SELECT handle FROM creators WHERE id = ?", String.class, id)).isEqualTo("milo.trails");
        assertThat(events(id)).isEmpty();
    }
}
