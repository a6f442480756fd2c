package io.herdbook.api.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.launch.JobLaunches;
import io.herdbook.jobs.testing.CapturedPages;
import io.herdbook.jobs.tracking.CreatorStore;
import io.herdbook.jobs.tracking.TenantStore;
import io.herdbook.sandbox.Fault;
import io.herdbook.sandbox.Sandbox;
import io.herdbook.sandbox.SandboxSettings;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Discovery and stats-refresh against the sandbox serving the real captures, with faults injected:
 * whatever a fetch runs into, no stats move unless the page carried this post's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "herdbook.test.database.name=pipeline",
        "herdbook.discovery.page-size=10",
        "herdbook.platform.request-timeout=1s"})
class PipelineFunctionalTest {

    private static final String EMTHE_POST = "7608826249200356630";
    private static final AtomicLong SLOTS = new AtomicLong(Instant.parse("2026-01-01T00:00:00Z").getEpochSecond());
    private static Sandbox sandbox;
    private static boolean tracked;

    @Autowired JobLaunches jobs;
    @Autowired JdbcTemplate jdbc;
    @Autowired TenantStore tenants;
    @Autowired CreatorStore creators;

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        sandbox = TestSandbox.start(SandboxSettings.defaults().withPages(CapturedPages.dir())
                .withTimeoutHold(java.time.Duration.ofSeconds(3)), registry);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void trackTheCapturedCreatorsOnce() throws Exception {
        if (!tracked) {
            long project = tenants.ensureProject(tenants.ensureOrganisation("pipeline", "Pipeline"), "main", "Main");
            sandbox.library().creators().keySet().forEach(handle -> creators.register(project, handle));
            Instant slot = nextSlot();
            assertThat(jobs.run("discovery", slot).getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(jobs.run("stats-refresh", slot).getStatus()).isEqualTo(BatchStatus.COMPLETED);
            tracked = true;
        }
    }

    @AfterEach
    void clearFaults() {
        sandbox.faults().clear();
    }

    private static Instant nextSlot() {
        return Instant.ofEpochSecond(SLOTS.getAndIncrement());
    }

    private Map<String, Object> latestStatsOf(String platformPostId) {
        return jdbc.queryForMap("""
                SELECT l.views, l.likes, l.comments, l.shares, l.saves, l.observed_at FROM posts p
                  JOIN post_stats_latest l ON l.post_id = p.id WHERE p.platform_post_id = ?""", platformPostId);
    }

    private List<Map<String, Object>> attemptsOf(String resource, Instant slot) {
        return jdbc.queryForList("SELECT outcome, reason, http_status FROM fetch_attempts WHERE resource = ? AND observed_at = ?",
                resource, slot.atOffset(java.time.ZoneOffset.UTC));
    }

    private long snapshotsIn(Instant slot) {
        return jdbc.queryForObject("SELECT count(*) FROM post_stats_snapshots WHERE observed_at = ?", Long.class,
                slot.atOffset(java.time.ZoneOffset.UTC));
    }

    @Test
    void aPostPointedAtABlockedCaptureKeepsItsLastStatsAndIsRecordedBlocked() throws Exception {
        String path = "/@emthenutritionist/video/" + EMTHE_POST;
        Map<String, Object> before = latestStatsOf(EMTHE_POST);
        long posts = jdbc.queryForObject("SELECT count(*) FROM posts p JOIN creators c ON c.id = p.creator_id WHERE c.status = 'ACTIVE'", Long.class);
        sandbox.faults().set(path, Fault.parse("blocked:akamai-403"));
        Instant slot = nextSlot();

        assertThat(jobs.run("stats-refresh", slot).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(latestStatsOf(EMTHE_POST)).isEqualTo(before);
        assertThat(attemptsOf(path, slot)).singleElement().satisfies(attempt -> {
            assertThat(attempt.get("outcome")).isEqualTo("BLOCKED");
            assertThat(attempt.get("http_status")).isEqualTo(403);
            assertThat((String) attempt.get("reason")).contains("AkamaiGHost");
        });
        assertThat(snapshotsIn(slot)).as("every other post got its snapshot").isEqualTo(posts - 1);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "blocked:451, BLOCKED",
        "blocked:login, BLOCKED",
        "blocked:region-notfound, BLOCKED",
        "shell, BLOCKED",
        "status:503, FAILED",
        "timeout, FAILED",
    })
    void noFaultOfAFetchEverMovesStats(String fault, String outcome) throws Exception {
        String path = "/@emthenutritionist/video/" + EMTHE_POST;
        Map<String, Object> before = latestStatsOf(EMTHE_POST);
        sandbox.faults().set(path, Fault.parse(fault));
        Instant slot = nextSlot();

        assertThat(jobs.run("stats-refresh", slot).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(latestStatsOf(EMTHE_POST)).isEqualTo(before);
        assertThat(attemptsOf(path, slot)).extracting(a -> a.get("outcome")).containsExactly(outcome);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM post_stats_snapshots s JOIN posts p ON p.id = s.post_id
                 WHERE p.platform_post_id = ? AND s.observed_at = ?""", Long.class, EMTHE_POST,
                slot.atOffset(java.time.ZoneOffset.UTC))).isZero();
    }

    @Test
    void aBlockedProfileWritesNoCreatorSnapshotAndLeavesTheCreatorActive() throws Exception {
        sandbox.faults().set("/@dylanlemay", Fault.parse("blocked:akamai-403"));
        Instant slot = nextSlot();

        assertThat(jobs.run("discovery", slot).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(attemptsOf("/@dylanlemay", slot)).extracting(a -> a.get("outcome")).containsExactly("BLOCKED");
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM creator_snapshots s JOIN creators c ON c.id = s.creator_id
                 WHERE c.handle = 'dylanlemay' AND s.observed_at = ?""", Long.class, slot.atOffset(java.time.ZoneOffset.UTC)))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT status FROM creators WHERE handle = 'dylanlemay'", String.class)).isEqualTo("ACTIVE");
    }

    @Test
    void discoveryFindsOnlyWhatWasMissingFromTheServerRenderedPostsWithoutListing() throws Exception {
        List<String> newest = jdbc.queryForList("""
                SELECT p.platform_post_id FROM posts p JOIN creators c ON c.id = p.creator_id
                 WHERE c.handle = 'dylanlemay'
                 ORDER BY p.posted_at DESC LIMIT 3""", String.class);
        long before = jdbc.queryForObject("SELECT count(*) FROM posts", Long.class);
        forget(newest);
        Instant slot = nextSlot();

        assertThat(jobs.run("discovery", slot).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM posts", Long.class)).isEqualTo(before);
        assertThat(jdbc.queryForList("SELECT platform_post_id FROM posts WHERE platform_post_id = ANY (?)", String.class,
                (Object) newest.toArray(String[]::new))).containsExactlyInAnyOrderElementsOf(newest);
        // The 2023 profile page server-renders all 30 posts; they already reach a known post, so no list page is read.
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM fetch_attempts a JOIN creators c ON c.id = a.creator_id
                 WHERE c.handle = 'dylanlemay' AND a.resource LIKE '/api/post/item_list%' AND a.observed_at = ?""",
                Long.class, slot.atOffset(java.time.ZoneOffset.UTC))).isZero();
    }

    @Test
    void aRerunOfACompletedSlotIsRefusedAndWritesNothing() throws Exception {
        Instant slot = nextSlot();
        jobs.run("stats-refresh", slot);
        long snapshots = jdbc.queryForObject("SELECT count(*) FROM post_stats_snapshots", Long.class);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jobs.run("stats-refresh", slot))
                .isInstanceOf(org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException.class);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM post_stats_snapshots", Long.class)).isEqualTo(snapshots);
    }

    private void forget(List<String> platformPostIds) {
        Object ids = platformPostIds.toArray(String[]::new);
        jdbc.update("DELETE FROM post_stats_latest WHERE post_id IN (SELECT id FROM posts WHERE platform_post_id = ANY (?))", ids);
        jdbc.update("DELETE FROM post_stats_snapshots WHERE post_id IN (SELECT id FROM posts WHERE platform_post_id = ANY (?))", ids);
        jdbc.update("DELETE FROM fetch_attempts WHERE post_id IN (SELECT id FROM posts WHERE platform_post_id = ANY (?))", ids);
        jdbc.update("DELETE FROM posts WHERE platform_post_id = ANY (?)", ids);
    }
}
