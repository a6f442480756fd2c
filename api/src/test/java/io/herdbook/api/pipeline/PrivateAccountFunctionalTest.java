package io.herdbook.api.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.launch.JobLaunches;
import io.herdbook.jobs.tracking.CreatorStore;
import io.herdbook.jobs.tracking.TenantStore;
import io.herdbook.sandbox.Fault;
import io.herdbook.sandbox.Sandbox;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Case C24: an account that goes private is PRIVATE — not deleted, not "0 posts" — and keeps its last
 * known totals; no snapshot of zeros is written, and its posts are not fetched while it stays private.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "herdbook.test.database.name=private_account")
class PrivateAccountFunctionalTest {

    private static Sandbox sandbox;

    @Autowired JobLaunches jobs;
    @Autowired JdbcTemplate jdbc;
    @Autowired TenantStore tenants;
    @Autowired CreatorStore creators;

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        sandbox = TestSandbox.ofCaptures(registry);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private void runBoth(Instant slot) throws Exception {
        assertThat(jobs.run("discovery", slot).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jobs.run("stats-refresh", slot).getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    private String status() {
        return jdbc.queryForObject("SELECT status FROM creators WHERE handle = 'dylanlemay'", String.class);
    }

    private List<Map<String, Object>> snapshots() {
        return jdbc.queryForList("""
                SELECT s.observed_at, s.followers, s.likes_received, s.post_count FROM creator_snapshots s
                  JOIN creators c ON c.id = s.creator_id WHERE c.handle = 'dylanlemay' ORDER BY s.observed_at""");
    }

    private List<Map<String, Object>> latestStats() {
        return jdbc.queryForList("""
                SELECT l.post_id, l.views, l.likes, l.observed_at FROM post_stats_latest l JOIN posts p ON p.id = l.post_id
                  JOIN creators c ON c.id = p.creator_id WHERE c.handle = 'dylanlemay' ORDER BY l.post_id""");
    }

    @Test
    void aCreatorGoingPrivateKeepsItsLastTotalsAndItsPostsUntilItOpensAgain() throws Exception {
        long project = tenants.ensureProject(tenants.ensureOrganisation("private", "Private"), "main", "Main");
        creators.register(project, "dylanlemay");
        Instant before = Instant.parse("2026-07-01T00:00:00Z");
        runBoth(before);
        List<Map<String, Object>> statsBefore = latestStats();
        long posts = jdbc.queryForObject("SELECT count(*) FROM posts", Long.class);

        sandbox.faults().set("@dylanlemay", Fault.parse("private"));
        Instant whilePrivate = before.plusSeconds(3600);
        runBoth(whilePrivate);

        assertThat(status()).isEqualTo("PRIVATE");
        assertThat(snapshots()).singleElement().satisfies(only -> {
            assertThat(only.get("followers")).isEqualTo(11_200_000L);
            assertThat(only.get("likes_received")).isEqualTo(587_500_000L);
            assertThat(only.get("post_count")).isEqualTo(1_526L);
        });
        assertThat(jdbc.queryForObject("SELECT count(*) FROM posts WHERE tracked", Long.class)).isEqualTo(posts);
        assertThat(latestStats()).isEqualTo(statsBefore);
        assertThat(jdbc.queryForList("SELECT outcome FROM fetch_attempts WHERE observed_at = ?", String.class,
                whilePrivate.atOffset(ZoneOffset.UTC))).containsExactly("PRIVATE");

        sandbox.faults().clear();
        Instant reopened = whilePrivate.plusSeconds(3600);
        runBoth(reopened);

        assertThat(status()).isEqualTo("ACTIVE");
        assertThat(snapshots()).hasSize(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM post_stats_snapshots WHERE observed_at = ?", Long.class,
                reopened.atOffset(ZoneOffset.UTC))).isEqualTo(posts);
    }
}
