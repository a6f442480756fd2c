package io.herdbook.api.videos;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.api.access.ApiHttp;
import io.herdbook.api.access.TestKeys;
import io.herdbook.api.pipeline.TestSandbox;
import io.herdbook.jobs.launch.JobLaunches;
import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.tracking.CreatorStore;
import io.herdbook.jobs.tracking.TenantStore;
import io.herdbook.sandbox.Sandbox;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
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
 * Videos with the real jobs against the sandbox's generated pages: discovery in a project that reviews its finds
 * lands them PENDING in the inbox (approve and exclude then decide), a video whose tracking is off is skipped by
 * stats-refresh, and a manual refresh runs as a JobRunr job on this node's worker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "herdbook.test.database.name=video_pipeline",
        "jobrunr.background-job-server.enabled=true", "jobrunr.background-job-server.poll-interval-in-seconds=5",
        "jobrunr.background-job-server.worker-count=2"})
class VideoPipelineFunctionalTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Slots no earlier run of this database used: a job instance is one per (job, slot). */
    private static final AtomicLong SLOTS = new AtomicLong(Instant.now().truncatedTo(ChronoUnit.SECONDS).getEpochSecond());
    private static Sandbox sandbox;

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired TenantStore tenants;
    @Autowired CreatorStore creators;
    @Autowired JobLaunches jobs;

    private ApiHttp http;
    private String key;
    private long project;

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        sandbox = TestSandbox.ofGeneratedPages(registry);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void setUp() {
        // Each scenario's jobs see its creators only.
        jdbc.execute("TRUNCATE organisations CASCADE");
        http = new ApiHttp(port);
        key = TestKeys.owner(context, "pipeline");
        project = tenants.ensureProject(tenants.organisation("pipeline").orElseThrow(), "main", "Main");
    }

    private static Instant nextSlot() {
        return Instant.ofEpochSecond(SLOTS.addAndGet(3600));
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return http.json(method, path, key, body);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private Map<String, String> statuses(String handle) {
        Map<String, String> byId = new java.util.TreeMap<>();
        jdbc.query("""
                SELECT p.platform_post_id, p.tracking_status || ' ' || p.tracked FROM posts p JOIN creators c ON c.id = p.creator_id
                 WHERE c.handle = ? AND c.project_id = ?""", rs -> {
            byId.put(rs.getString(1), rs.getString(2));
        }, handle, project);
        return byId;
    }

    private long postId(String platformPostId) {
        return jdbc.queryForObject("SELECT id FROM posts WHERE platform_post_id = ? AND organisation_id = (SELECT organisation_id FROM projects WHERE id = ?)",
                Long.class, platformPostId, project);
    }

    private List<Long> refreshedAt(Instant slot) {
        return jdbc.queryForList("SELECT post_id FROM fetch_attempts WHERE job_name = 'stats-refresh' AND observed_at = ? ORDER BY post_id",
                Long.class, slot.atOffset(ZoneOffset.UTC));
    }

    @Test
    void withReviewOnDiscoveryLandsPostsPendingThenApproveTracksAndExcludeExcludesThem() throws Exception {
        List<String> all = sandbox.library().posts("lena.bakes").stream().map(PostData::id).toList();
        HttpResponse<String> setting = send("PUT", "/api/v1/projects/" + project + "/inbox-setting", "{\"review_discovered\": true}");
        assertThat(setting.statusCode()).as(setting.body()).isEqualTo(200);
        assertThat(json(setting).get("review_discovered").asBoolean()).isTrue();
        creators.register(project, "lena.bakes");
        long otherProject = tenants.ensureProject(tenants.organisation("pipeline").orElseThrow(), "other", "Other");
        creators.register(otherProject, "milo.trails");

        assertThat(jobs.run("discovery", nextSlot()).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(statuses("lena.bakes").values()).hasSize(all.size()).containsOnly("PENDING false");
        assertThat(jdbc.queryForList("""
                SELECT DISTINCT p.tracking_status FROM posts p JOIN creators c ON c.id = p.creator_id WHERE c.project_id = ?""",
                String.class, otherProject)).as("a project that does not review tracks its finds at once").containsExactly("TRACKED");
        List<Long> inbox = new ArrayList<>();
        json(send("GET", "/api/v1/projects/" + project + "/inbox", null)).get("items").forEach(item -> inbox.add(item.get("id").asLong()));
        assertThat(inbox).hasSize(all.size());

        List<Long> approved = inbox.subList(0, 2);
        List<Long> excluded = inbox.subList(2, inbox.size());
        assertThat(send("POST", "/api/v1/projects/" + project + "/inbox/approve", "{\"ids\": " + approved + "}").statusCode()).isEqualTo(200);
        assertThat(send("POST", "/api/v1/projects/" + project + "/inbox/exclude", "{\"ids\": " + excluded + "}").statusCode()).isEqualTo(200);
        assertThat(json(send("GET", "/api/v1/projects/" + project + "/inbox", null)).get("items").size()).isZero();
        for (long id : approved) {
            assertThat(json(send("GET", "/api/v1/videos/" + id, null)).get("tracking").asString()).isEqualTo("TRACKED");
        }
        for (long id : excluded) {
            assertThat(json(send("GET", "/api/v1/videos/" + id, null)).get("tracking").asString()).isEqualTo("EXCLUDED");
        }

        // Discovery again (and a burst of new posts) never changes a known post's status; the new one waits in the inbox.
        Map<String, String> decided = statuses("lena.bakes");
        // Blank what pages carry, so that the known posts discovery sees again are updated by its upsert, not skipped.
        jdbc.update("UPDATE posts SET caption = '', thumbnail_url = NULL WHERE creator_id IN (SELECT id FROM creators WHERE project_id = ?)", project);
        String fresh = sandbox.library().burst("lena.bakes", 1).getFirst().id();
        assertThat(jobs.run("discovery", nextSlot()).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, String> after = statuses("lena.bakes");
        assertThat(after).containsAllEntriesOf(decided).containsEntry(fresh, "PENDING false").hasSize(decided.size() + 1);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM posts WHERE caption <> '' AND creator_id IN (SELECT id FROM creators WHERE project_id = ?)
                   AND platform_post_id <> ?""", Long.class, project, fresh))
                .as("discovery did update a known post it saw again").isPositive();
    }

    @Test
    void aVideoWhoseTrackingIsOffIsSkippedByStatsRefreshAndTurningItOnBringsItBack() throws Exception {
        List<PostData> posts = sandbox.library().posts("ivy.sketches");
        List<Long> ids = new ArrayList<>();
        for (PostData post : posts.subList(0, 3)) {
            HttpResponse<String> added = send("POST", "/api/v1/videos", "{\"project_id\": " + project + ", \"url\": \""
                    + post.canonicalUrl() + "\"}");
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
            ids.add(json(added).get("id").asLong());
        }
        assertThat(send("PATCH", "/api/v1/videos/" + ids.get(0), "{\"tracking\": \"EXCLUDED\"}").statusCode()).isEqualTo(200);
        assertThat(send("DELETE", "/api/v1/videos/" + ids.get(1), null).statusCode()).isEqualTo(200);

        Instant first = nextSlot();
        assertThat(jobs.run("stats-refresh", first).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(refreshedAt(first)).containsExactly(ids.get(2));

        assertThat(send("POST", "/api/v1/videos/bulk-tracking", "{\"ids\": " + ids + ", \"tracking\": \"TRACKED\"}").statusCode()).isEqualTo(200);
        Instant second = nextSlot();
        assertThat(jobs.run("stats-refresh", second).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(refreshedAt(second)).containsExactlyElementsOf(ids);
    }

    @Test
    void aManualRefreshIsQueuedAndWritesTheVideosStats() throws Exception {
        PostData post = sandbox.library().posts("lena.bakes").getFirst();
        HttpResponse<String> added = send("POST", "/api/v1/videos", "{\"project_id\": " + project + ", \"url\": \"" + post.canonicalUrl() + "\"}");
        long id = json(added).get("id").asLong();

        HttpResponse<String> queued = send("POST", "/api/v1/videos/" + id + "/refresh", null);

        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
        Instant slot = Instant.parse(json(queued).get("requested_at").asString());
        for (int i = 0; i < 300 && refreshedAt(slot).isEmpty(); i++) {
            Thread.sleep(100);
        }
        assertThat(refreshedAt(slot)).as("the queued refresh ran within 30 s").containsExactly(id);
        JsonNode video = json(send("GET", "/api/v1/videos/" + id, null));
        assertThat(video.get("stats").get("views").asLong()).isEqualTo(post.stats().views());
        assertThat(video.get("posted_at_approximate").asBoolean()).as("the page's exact time replaced the id's").isFalse();
        assertThat(postId(post.id())).isEqualTo(id);
    }
}
