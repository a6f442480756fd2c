package io.herdbook.api.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.launch.JobLaunches;
import io.herdbook.jobs.tracking.CreatorStore;
import io.herdbook.jobs.tracking.TenantStore;
import io.herdbook.sandbox.Fault;
import io.herdbook.sandbox.Sandbox;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Failure accounting over real discovery runs against the sandbox's generated pages (lena.bakes, milo.trails,
 * ivy.sketches; any other handle answers the platform's 10221 "user not found"). One partition of chunks of 10, so
 * ten creators are fetched, and written, as one chunk. A time-out is a 300 ms request time-out against the
 * sandbox's {@code timeout} fault. Each test starts from no creators and has slots of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "herdbook.test.database.name=failure_accounting_pipeline",
        "herdbook.partitions.count=1", "herdbook.discovery.chunk-size=10", "herdbook.platform.request-timeout=300ms"})
class FailureAccountingFunctionalTest {

    private static final AtomicLong DAY = new AtomicLong();
    private static Sandbox sandbox;

    @Autowired JobLaunches jobs;
    @Autowired JdbcTemplate jdbc;
    @Autowired TenantStore tenants;
    @Autowired CreatorStore creators;

    private final Instant first = Instant.parse("2026-08-01T00:00:00Z").plus(Duration.ofDays(DAY.incrementAndGet()));
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
    void noCreators() {
        sandbox.faults().clear();
        jdbc.execute("TRUNCATE organisations CASCADE");
        project = tenants.ensureProject(tenants.ensureOrganisation("failures", "Failures"), "main", "Main");
    }

    private Instant slot(int n) {
        return first.plus(Duration.ofHours(n));
    }

    private void discover(Instant slot) throws Exception {
        assertThat(jobs.run("discovery", slot).getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    private Map<String, Object> stateOf(String handle) {
        return jdbc.queryForMap("SELECT status, consecutive_failures, disabled_reason FROM creators WHERE handle = ?", handle);
    }

    private static Map<String, Object> state(String status, int failures, String reason) {
        Map<String, Object> state = new HashMap<>();
        state.put("status", status);
        state.put("consecutive_failures", failures);
        state.put("disabled_reason", reason);
        return state;
    }

    private List<String> eventsOf(String handle) {
        return jdbc.queryForList("""
                SELECT e.kind || ' ' || e.detail::text || ' ' || e.actor FROM creator_events e JOIN creators c ON c.id = e.creator_id
                 WHERE c.handle = ? ORDER BY e.id""", String.class, handle);
    }

    private List<String> profileOutcomes(String handle) {
        return jdbc.queryForList("""
                SELECT a.outcome FROM fetch_attempts a JOIN creators c ON c.id = a.creator_id
                 WHERE c.handle = ? AND a.resource = '/@' || c.handle ORDER BY a.observed_at""", String.class, handle);
    }

    @Test
    void fiveNotFoundProfileFetchesOverFiveSlotsDisableTheCreatorAsDeletedWithOneEvent() throws Exception {
        creators.register(project, "gone.account");
        creators.register(project, "lena.bakes");

        for (int i = 1; i <= 4; i++) {
            discover(slot(i));
        }
        Map<String, Object> afterFour = stateOf("gone.account");
        discover(slot(5));
        discover(slot(6));

        assertThat(afterFour).isEqualTo(state("NOT_FOUND", 4, null));
        assertThat(stateOf("gone.account")).isEqualTo(state("DISABLED", 5, "ACCOUNT_DELETED"));
        assertThat(stateOf("lena.bakes")).isEqualTo(state("ACTIVE", 0, null));
        // Disabled after slot 5: slot 6 did not fetch it.
        assertThat(profileOutcomes("gone.account")).containsExactly("NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND");
        assertThat(eventsOf("gone.account")).containsExactly(
                "STATUS_CHANGED {\"to\": \"NOT_FOUND\", \"from\": \"ACTIVE\"} discovery",
                "AUTO_DISABLED {\"reason\": \"ACCOUNT_DELETED\", \"last_outcome\": \"NOT_FOUND\", \"consecutive_failures\": 5} discovery");
        assertThat(jdbc.queryForObject("SELECT disabled_at FROM creators WHERE handle = 'gone.account'", java.time.OffsetDateTime.class))
                .isNotNull();
    }

    @Test
    void fourFailuresThenASuccessResetTheCountAndTheCreatorStaysActive() throws Exception {
        creators.register(project, "lena.bakes");
        creators.register(project, "milo.trails");
        creators.register(project, "ivy.sketches");
        sandbox.faults().set("@lena.bakes", Fault.parse("status:503"));
        for (int i = 1; i <= 4; i++) {
            discover(slot(i));
        }
        Map<String, Object> afterFour = stateOf("lena.bakes");

        sandbox.faults().clear();
        discover(slot(5));

        assertThat(afterFour).isEqualTo(state("ACTIVE", 4, null));
        assertThat(stateOf("lena.bakes")).isEqualTo(state("ACTIVE", 0, null));
        assertThat(profileOutcomes("lena.bakes")).containsExactly("FAILED", "FAILED", "FAILED", "FAILED", "DATA");
        assertThat(eventsOf("lena.bakes")).isEmpty();
    }

    @Test
    void inAChunkOfTenWhereNineFailOnlyTheNineAreCountedAndARerunOfTheSlotCountsNothingTwice() throws Exception {
        List<String> gone = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            gone.add("gone_" + i);
            creators.register(project, "gone_" + i);
        }
        // Registered last: the highest id, the chunk's last item.
        creators.register(project, "lena.bakes");

        discover(slot(1));
        List<Map<String, Object>> once = jdbc.queryForList("SELECT handle, consecutive_failures FROM creators ORDER BY id");
        assertThat(jobs.runOrResume("discovery", slot(1), 1).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        for (String handle : gone) {
            assertThat(stateOf(handle)).isEqualTo(state("NOT_FOUND", 1, null));
        }
        assertThat(stateOf("lena.bakes")).isEqualTo(state("ACTIVE", 0, null));
        assertThat(jdbc.queryForList("SELECT handle, consecutive_failures FROM creators ORDER BY id")).isEqualTo(once);
        // The re-run fetched every creator again (the same fetch_attempts rows, attempts 2) and counted nothing.
        assertThat(jdbc.queryForList("SELECT DISTINCT attempts FROM fetch_attempts WHERE resource LIKE '/@%'", Integer.class))
                .containsExactly(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM creator_events WHERE kind = 'STATUS_CHANGED'", Long.class)).isEqualTo(9L);
    }

    @Test
    void fivePrivateProfilesDisableTheCreatorAsPrivateAndItsPostsCostNothingThen() throws Exception {
        creators.register(project, "lena.bakes");
        creators.register(project, "milo.trails");
        discover(slot(0));
        sandbox.faults().set("@lena.bakes", Fault.parse("private"));
        for (int i = 1; i <= 5; i++) {
            discover(slot(i));
        }
        sandbox.faults().clear();
        discover(slot(6));
        assertThat(jobs.run("stats-refresh", slot(6)).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(stateOf("lena.bakes")).isEqualTo(state("DISABLED", 5, "ACCOUNT_PRIVATE"));
        assertThat(eventsOf("lena.bakes")).containsExactly(
                "STATUS_CHANGED {\"to\": \"PRIVATE\", \"from\": \"ACTIVE\"} discovery",
                "AUTO_DISABLED {\"reason\": \"ACCOUNT_PRIVATE\", \"last_outcome\": \"PRIVATE\", \"consecutive_failures\": 5} discovery");
        // Slot 6: neither discovery nor stats-refresh fetched anything of the disabled creator; milo's 5 posts were refreshed.
        assertThat(jdbc.queryForList("""
                SELECT c.handle || ' ' || a.job_name || ' ' || count(*) FROM fetch_attempts a JOIN creators c ON c.id = a.creator_id
                 WHERE a.observed_at = ? AND a.post_id IS NOT NULL OR (a.observed_at = ? AND a.resource = '/@' || c.handle)
                 GROUP BY c.handle, a.job_name ORDER BY 1""", String.class, slot(6).atOffset(ZoneOffset.UTC), slot(6).atOffset(ZoneOffset.UTC)))
                .containsExactly("milo.trails discovery 1", "milo.trails stats-refresh 5");
    }

    @Test
    void fiveTimeOutsDisableTheCreatorAsUnreachable() throws Exception {
        creators.register(project, "lena.bakes");
        creators.register(project, "milo.trails");
        creators.register(project, "ivy.sketches");
        sandbox.faults().set("@lena.bakes", Fault.parse("timeout"));
        for (int i = 1; i <= 5; i++) {
            discover(slot(i));
        }

        assertThat(stateOf("lena.bakes")).isEqualTo(state("DISABLED", 5, "UNREACHABLE"));
        assertThat(profileOutcomes("lena.bakes")).containsExactly("FAILED", "FAILED", "FAILED", "FAILED", "FAILED");
        assertThat(eventsOf("lena.bakes")).containsExactly(
                "AUTO_DISABLED {\"reason\": \"UNREACHABLE\", \"last_outcome\": \"FAILED\", \"consecutive_failures\": 5} discovery");
        assertThat(stateOf("milo.trails")).isEqualTo(state("ACTIVE", 0, null));
    }

    @Test
    void whenTheWholePlatformTimesOutOrBlocksUsNoCreatorIsHeldResponsible() throws Exception {
        for (String handle : List.of("lena.bakes", "milo.trails", "ivy.sketches")) {
            creators.register(project, handle);
        }
        sandbox.faults().set("@lena.bakes", Fault.parse("timeout"));
        sandbox.faults().set("@milo.trails", Fault.parse("timeout"));
        sandbox.faults().set("@ivy.sketches", Fault.parse("blocked:akamai-403"));
        for (int i = 1; i <= 6; i++) {
            discover(slot(i));
        }

        for (String handle : List.of("lena.bakes", "milo.trails", "ivy.sketches")) {
            assertThat(stateOf(handle)).isEqualTo(state("ACTIVE", 0, null));
            assertThat(eventsOf(handle)).isEmpty();
        }
        assertThat(profileOutcomes("ivy.sketches")).containsOnly("BLOCKED").hasSize(6);
    }
}
