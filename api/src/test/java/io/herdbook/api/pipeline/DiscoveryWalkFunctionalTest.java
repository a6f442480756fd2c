package io.herdbook.api.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.launch.JobLaunches;
import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.tracking.CreatorStore;
import io.herdbook.jobs.tracking.TenantStore;
import io.herdbook.sandbox.Sandbox;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Discovery walking the sandbox's paged post list (generated pages, one post a page, so every step
 * of the walk is a fetch we can count).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "herdbook.test.database.name=discovery_walk",
        "herdbook.discovery.page-size=1"})
class DiscoveryWalkFunctionalTest {

    private static Sandbox sandbox;

    @Autowired JobLaunches jobs;
    @Autowired JdbcTemplate jdbc;
    @Autowired TenantStore tenants;
    @Autowired CreatorStore creators;

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        sandbox = TestSandbox.ofGeneratedPages(registry);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private long listPagesRead(String handle, Instant slot) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM fetch_attempts a JOIN creators c ON c.id = a.creator_id
                 WHERE c.handle = ? AND a.resource LIKE '/api/post/item_list%' AND a.observed_at = ?""",
                Long.class, handle, slot.atOffset(ZoneOffset.UTC));
    }

    private List<String> storedIds(String handle) {
        return jdbc.queryForList("""
                SELECT p.platform_post_id FROM posts p JOIN creators c ON c.id = p.creator_id
                 WHERE c.handle = ? ORDER BY p.posted_at DESC""", String.class, handle);
    }

    @Test
    void aNewCreatorIsWalkedToTheEndThenLaterRunsStopAtTheFirstKnownPost() throws Exception {
        String handle = "lena.bakes";
        List<String> all = sandbox.library().posts(handle).stream().map(PostData::id).toList();
        long project = tenants.ensureProject(tenants.ensureOrganisation("walk", "Walk"), "main", "Main");
        creators.register(project, handle);

        Instant first = Instant.parse("2026-06-01T00:00:00Z");
        assertThat(jobs.run("discovery", first).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(storedIds(handle)).containsExactlyElementsOf(all);
        assertThat(listPagesRead(handle, first)).isEqualTo(all.size());

        // Forget the two newest posts: the next run reads two new pages and stops on the third, a known post.
        jdbc.update("DELETE FROM posts WHERE platform_post_id = ANY (?)", (Object) all.subList(0, 2).toArray(String[]::new));
        Instant second = first.plusSeconds(3600);
        assertThat(jobs.run("discovery", second).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(storedIds(handle)).containsExactlyElementsOf(all);
        assertThat(listPagesRead(handle, second)).isEqualTo(3);
    }

    @Test
    void postsOlderThanTheTrackingStartAreNeitherStoredNorWalkedPast() throws Exception {
        String handle = "milo.trails";
        List<PostData> all = sandbox.library().posts(handle);
        long project = tenants.ensureProject(tenants.ensureOrganisation("walk-start", "Walk start"), "main", "Main");
        long creator = creators.register(project, handle);
        Instant start = all.get(1).createdAt();
        jdbc.update("UPDATE creators SET tracking_start = ? WHERE id = ?", start.atOffset(ZoneOffset.UTC), creator);

        Instant slot = Instant.parse("2026-06-02T00:00:00Z");
        assertThat(jobs.run("discovery", slot).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(storedIds(handle)).containsExactly(all.get(0).id(), all.get(1).id());
        assertThat(listPagesRead(handle, slot)).isEqualTo(3);
    }
}
