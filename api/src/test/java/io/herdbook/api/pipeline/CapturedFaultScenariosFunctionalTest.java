package io.herdbook.api.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.launch.JobLaunches;
import io.herdbook.jobs.tracking.CreatorStore;
import io.herdbook.jobs.tracking.TenantStore;
import io.herdbook.sandbox.Fault;
import io.herdbook.sandbox.Sandbox;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
 * The faults that need the real captures (skipped where they are absent): the four captured CDN refusals
 * replayed byte for byte, and bad-day faults on a real captured post page (the Jul 2026 video page of
 * {@code emthenutritionist}, whose {@code statsV2} the platform had already rounded: 2.9M views, 124,842 saves).
 * Each scenario starts from a clean database with that creator tracked and refreshed once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "herdbook.test.database.name=captured_faults")
class CapturedFaultScenariosFunctionalTest {

    private static final String HANDLE = "emthenutritionist";
    private static final String POST_ID = "7608826249200356630";
    private static final String POST_PATH = "/@" + HANDLE + "/video/" + POST_ID;
    private static final AtomicLong SLOTS = new AtomicLong(Instant.parse("2026-09-01T00:00:00Z").getEpochSecond());
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

    record Snapshot(Instant observedAt, long views, long likes, long comments, long shares, Long saves, boolean exact) {
    }

    record Attempt(String resource, String outcome, String reason, Integer httpStatus) {
    }

    private Instant baseline;

    @BeforeEach
    void aCleanDatabaseWithTheCreatorTrackedAndRefreshedOnce() throws Exception {
        jdbc.execute("TRUNCATE organisations, post_stats_snapshots CASCADE");
        long project = tenants.ensureProject(tenants.ensureOrganisation("captured", "Captured"), "main", "Main");
        creators.register(project, HANDLE);
        run("discovery");
        baseline = run("stats-refresh");
        assertThat(snapshots()).containsExactly(new Snapshot(baseline, 2_900_000, 105_200, 499, 42_400, 124_842L, true));
    }

    @AfterEach
    void clearFaults() {
        sandbox.faults().clear();
    }

    private Instant run(String job) throws Exception {
        Instant slot = Instant.ofEpochSecond(SLOTS.getAndAdd(3_600));
        assertThat(jobs.run(job, slot).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return slot;
    }

    private List<Snapshot> snapshots() {
        return jdbc.query("SELECT observed_at, views, likes, comments, shares, saves, exact_counts FROM post_stats_snapshots ORDER BY observed_at",
                (rs, i) -> new Snapshot(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getObject(6, Long.class), rs.getBoolean(7)));
    }

    private Snapshot latest() {
        return jdbc.queryForObject("SELECT observed_at, views, likes, comments, shares, saves, exact_counts FROM post_stats_latest",
                (rs, i) -> new Snapshot(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getObject(6, Long.class), rs.getBoolean(7)));
    }

    private List<Attempt> attemptsIn(Instant slot) {
        return jdbc.query("SELECT resource, outcome, reason, http_status FROM fetch_attempts WHERE observed_at = ? ORDER BY resource",
                (rs, i) -> new Attempt(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, Integer.class)),
                slot.atOffset(ZoneOffset.UTC));
    }

    private long creatorSnapshots() {
        return jdbc.queryForObject("SELECT count(*) FROM creator_snapshots", Long.class);
    }

    private String status() {
        return jdbc.queryForObject("SELECT status FROM creators WHERE handle = ?", String.class, HANDLE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "blocked:akamai-403      | 403 | http 403 AkamaiGHost TCP_DENIED \"Access Denied\"",
            "blocked:451             | 451 | http 451 unavailable for legal reasons (region/legal block)",
            "blocked:login           | 302 | http 302 login wall: redirect to https://www.tiktok.com/login?redirect_url=https%3A%2F%2Fwww.tiktok.com%2Fforyou&lang=en&enter_method=mandatory",
            "blocked:region-notfound | 302 | http 302 region wall (hk): redirect to https://www.tiktok.com/hk/notfound"})
    void aCapturedRefusalIsBlockedEverywhereAndMovesNothing(String fault, int httpStatus, String reason) throws Exception {
        Snapshot before = latest();
        sandbox.faults().set(HANDLE, Fault.parse(fault));

        Instant found = run("discovery");
        Instant refreshed = run("stats-refresh");

        assertThat(attemptsIn(found)).containsExactly(new Attempt("/@" + HANDLE, "BLOCKED", reason, httpStatus));
        assertThat(attemptsIn(refreshed)).containsExactly(new Attempt(POST_PATH, "BLOCKED", reason, httpStatus));
        assertThat(snapshots()).hasSize(1);
        assertThat(latest()).isEqualTo(before);
        assertThat(creatorSnapshots()).isEqualTo(1);
        assertThat(status()).isEqualTo("ACTIVE");
        assertThat(jdbc.queryForList("SELECT platform_post_id FROM posts WHERE tracked", String.class)).containsExactly(POST_ID);
    }

    @Test
    void zeroStatsOnTheRealPostAfterItsRealSnapshotWriteNothing() throws Exception {
        sandbox.faults().set(POST_PATH, Fault.parse("zero-stats"));

        Instant slot = run("stats-refresh");

        assertThat(attemptsIn(slot)).containsExactly(new Attempt(POST_PATH, "UNREADABLE",
                "partial page: every count is 0, last good views 2900000", 200));
        assertThat(snapshots()).hasSize(1);
        assertThat(latest().observedAt()).isEqualTo(baseline);
    }

    @Test
    void partialOnTheRealPostWritesNothing() throws Exception {
        sandbox.faults().set(POST_PATH, Fault.parse("partial"));

        Instant slot = run("stats-refresh");

        assertThat(attemptsIn(slot)).containsExactly(new Attempt(POST_PATH, "UNREADABLE", "post page without stats", 200));
        assertThat(snapshots()).hasSize(1);
    }

    @Test
    void theRealPostServedRoundedIsWrittenInexactWithItsSavesRounded() throws Exception {
        sandbox.faults().set(HANDLE, Fault.parse("rounded"));

        Instant slot = run("stats-refresh");

        assertThat(attemptsIn(slot)).containsExactly(new Attempt(POST_PATH, "DATA", null, 200));
        assertThat(snapshots()).containsExactly(new Snapshot(baseline, 2_900_000, 105_200, 499, 42_400, 124_842L, true),
                new Snapshot(slot, 2_900_000, 105_200, 499, 42_400, 124_800L, false));
        assertThat(latest()).isEqualTo(new Snapshot(slot, 2_900_000, 105_200, 499, 42_400, 124_800L, false));
    }
}
