package io.herdbook.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.api.access.TestKeys;
import io.herdbook.api.metrics.CompletenessGauges;
import io.herdbook.api.pipeline.TestSandbox;
import io.herdbook.jobs.launch.JobLaunches;
import io.herdbook.jobs.tracking.CreatorStore;
import io.herdbook.jobs.tracking.TenantStore;
import io.herdbook.sandbox.CaptureLibrary;
import io.herdbook.sandbox.Sandbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The completeness figure over real HTTP, after one discovery of generated creators that reads one page of 35 posts
 * only: a creator with 70 posts is half captured, one with 20 wholly, one with a tracking start and one never profiled
 * have no figure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "herdbook.test.database.name=completeness_api",
        "herdbook.discovery.max-pages=1"})
class CompletenessApiTest {

    static final String ORGANISATION = "completeness-api";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Sandbox sandbox;
    private static long project;
    private static long otherProject;

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JobLaunches jobs;
    @Autowired JdbcTemplate jdbc;
    @Autowired TenantStore tenants;
    @Autowired CreatorStore creators;
    @Autowired CompletenessGauges gauges;
    private String key;

    /** This test's key: every scope, for the owner of {@value #ORGANISATION}, issued on first use (after the test's data). */
    private String key() {
        if (key == null) {
            key = TestKeys.owner(context, ORGANISATION);
        }
        return key;
    }

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        CaptureLibrary library = CaptureLibrary.load(Path.of("no-captures-in-this-folder"));
        library.generateCreator("half.done", 70);
        library.generateCreator("all.done", 20);
        library.generateCreator("started.late", 10);
        sandbox = TestSandbox.start(library, registry);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void discoverOnce() throws Exception {
        if (project != 0) {
            return;
        }
        project = tenants.ensureProject(tenants.ensureOrganisation(ORGANISATION, "Completeness"), "main", "Main");
        for (String handle : List.of("half.done", "all.done", "started.late", "not.on.the.platform")) {
            creators.register(project, handle);
        }
        jdbc.update("UPDATE creators SET tracking_start = ? WHERE handle = 'started.late'",
                Instant.parse("2026-10-30T00:00:00Z").atOffset(ZoneOffset.UTC));
        otherProject = tenants.ensureProject(tenants.ensureOrganisation("someone-else", "Someone else"), "main", "Main");
        creators.register(otherProject, "all.done");
        assertThat(jobs.run("discovery", Instant.parse("2026-11-20T10:00:00Z")).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        // A post deleted on the platform after it was captured: its row stays, so all.done has one more than its count.
        jdbc.update("""
                INSERT INTO posts (organisation_id, creator_id, platform_post_id, kind, url, posted_at, first_seen_at)
                SELECT organisation_id, id, '7000000000000000001', 'VIDEO', 'https://www.tiktok.com/@all.done/video/7000000000000000001',
                       '2026-06-01T00:00:00Z', '2026-06-01T00:00:00Z' FROM creators WHERE handle = 'all.done' AND project_id = ?
                """, project);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header(TestKeys.HEADER, key()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private long creatorId(String handle) {
        return jdbc.queryForObject("SELECT id FROM creators WHERE handle = ? AND project_id = ?", Long.class, handle, project);
    }

    @Test
    void theProjectFigureSumsItsCountedCreatorsEachCappedAtItsProfileCount() throws Exception {
        JsonNode body = json("/api/v1/projects/" + project + "/completeness");

        assertThat(body.get("project_id").asLong()).isEqualTo(project);
        assertThat(body.get("captured_posts").asLong()).isEqualTo(35 + 20);
        assertThat(body.get("profile_post_count").asLong()).isEqualTo(70 + 20);
        assertThat(body.get("completeness").asDouble()).isEqualTo(55.0 / 90);
        assertThat(body.get("creators_counted").asLong()).isEqualTo(2);
        List<String> rows = new ArrayList<>();
        body.get("creators").get("items").forEach(row -> rows.add(row.get("handle").asString() + " " + row.get("status").asString() + " "
                + row.get("captured_posts").asLong() + "/" + row.get("profile_post_count") + " = " + row.get("completeness")
                + (row.get("counted").asBoolean() ? " counted" : "")));
        assertThat(rows).containsExactly(
                "half.done ACTIVE 35/70 = 0.5 counted",
                "all.done ACTIVE 21/20 = 1.0 counted",
                // Nine of its ten posts went up after its tracking start: the tenth is neither stored nor expected.
                "started.late ACTIVE 9/null = null",
                "not.on.the.platform NOT_FOUND 0/null = null");
        assertThat(body.get("creators").get("next").isNull()).isTrue();
    }

    @Test
    void theCreatorRowsPageByCursor() throws Exception {
        JsonNode first = json("/api/v1/projects/" + project + "/completeness?limit=3");
        JsonNode second = json("/api/v1/projects/" + project + "/completeness?limit=3&cursor=" + first.get("creators").get("next").asString());

        assertThat(first.get("creators").get("items")).hasSize(3);
        assertThat(second.get("creators").get("items")).singleElement()
                .satisfies(row -> assertThat(row.get("handle").asString()).isEqualTo("not.on.the.platform"));
        assertThat(second.get("completeness").asDouble()).isEqualTo(55.0 / 90);
    }

    @Test
    void theCreatorViewCarriesItsFigure() throws Exception {
        assertThat(json("/api/v1/creators/" + creatorId("half.done")).get("completeness").asDouble()).isEqualTo(0.5);
        assertThat(json("/api/v1/creators/" + creatorId("all.done")).get("completeness").asDouble()).isEqualTo(1.0);
        assertThat(json("/api/v1/creators/" + creatorId("started.late")).get("completeness").isNull()).isTrue();
    }

    @Test
    void anotherOrganisationsProjectAndAnUnknownOneAre404AndABadLimitIs400() throws Exception {
        HttpResponse<String> foreign = get("/api/v1/projects/" + otherProject + "/completeness");
        HttpResponse<String> unknown = get("/api/v1/projects/987654321/completeness");
        HttpResponse<String> badLimit = get("/api/v1/projects/" + project + "/completeness?limit=0");
        HttpResponse<String> badCursor = get("/api/v1/projects/" + project + "/completeness?cursor=x");

        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.body()).isEqualTo(unknown.body().replace("987654321", Long.toString(otherProject)));
        assertThat(unknown.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(badLimit.statusCode()).isEqualTo(400);
        assertThat(badCursor.statusCode()).isEqualTo(400);
    }

    @Test
    void theGaugeExportsItsPinnedPrometheusNamePerProject() throws Exception {
        gauges.refresh();

        String scrape = get("/actuator/prometheus").body();

        assertThat(scrape).contains("herdbook_capture_completeness{organisation=\"" + ORGANISATION + "\",project=\"main\"} "
                + (55.0 / 90));
        // The other organisation's project counts all.done's 20 of 20; a project without any figure has no row.
        assertThat(scrape).contains("herdbook_capture_completeness{organisation=\"someone-else\",project=\"main\"} 1.0");
        assertThat(scrape).doesNotContain("herdbook_capture_completeness_total");
    }
}
