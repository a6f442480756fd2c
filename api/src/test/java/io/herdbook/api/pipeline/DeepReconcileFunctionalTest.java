package io.herdbook.api.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herdbook.jobs.testing.SettableClock;
import io.herdbook.jobs.launch.JobLaunches;
import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.tracking.CreatorStore;
import io.herdbook.jobs.tracking.TenantStore;
import io.herdbook.sandbox.CaptureLibrary;
import io.herdbook.sandbox.Sandbox;
import java.nio.file.Path;
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
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * deep-reconcile against the sandbox's generated creators (posts made from the generated fixture posts): discovery
 * reads one page of 35 only, reconcile reads pages of 10 with a budget of 4 pages a run, so every step of a walk
 * is a fetch we can count. Each test makes its own creators the only active ones, since a run walks every
 * organisation's due creators.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "herdbook.test.database.name=deep_reconcile",
        "herdbook.discovery.max-pages=1",
        "herdbook.reconcile.page-size=10",
        "herdbook.reconcile.budget=4"})
@Import(DeepReconcileFunctionalTest.Clocks.class)
class DeepReconcileFunctionalTest {

    private static final SettableClock CLOCK = new SettableClock(Instant.parse("2026-11-10T00:00:00Z"));
    private static final Instant DAY = Instant.parse("2026-11-10T10:00:00Z");
    private static Sandbox sandbox;

    @Autowired JobLaunches jobs;
    @Autowired JdbcTemplate jdbc;
    @Autowired TenantStore tenants;
    @Autowired CreatorStore creators;

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        Clock settableClock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        CaptureLibrary library = CaptureLibrary.load(Path.of("no-captures-in-this-folder"));
        Map.of("burst.ten", 10, "gap.large", 100, "gap.small", 60, "gap.none", 20, "scanned.yesterday", 5,
                "scanned.lastmonth", 5, "moved.back", 5, "rerun.me", 40).forEach(library::generateCreator);
        List.of("crash.a", "crash.b", "crash.c").forEach(handle -> library.generateCreator(handle, 15));
        library.generateCreator("walked.burst", 10);
        library.generateCreator("walked.hidden", 12);
        sandbox = TestSandbox.start(library, registry);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void noOtherTestsCreatorsAreDue() {
        jdbc.update("UPDATE creators SET status = 'DISABLED' WHERE status <> 'DISABLED'");
    }

    private void track(String organisation, String... handles) {
        long project = tenants.ensureProject(tenants.ensureOrganisation(organisation, organisation), "main", "Main");
        for (String handle : handles) {
            creators.register(project, handle);
        }
    }

    /** Runs a job for a slot with the clock 20 s past it, as a scheduled run would be. */
    private JobExecution run(String job, Instant slot) throws Exception {
        CLOCK.set(slot.plusSeconds(20));
        JobExecution execution = jobs.run(job, slot);
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return execution;
    }

    private List<String> storedIds(String handle) {
        return jdbc.queryForList("""
                SELECT p.platform_post_id FROM posts p JOIN creators c ON c.id = p.creator_id
                 WHERE c.handle = ? ORDER BY p.posted_at DESC""", String.class, handle);
    }

    private List<String> libraryIds(String handle) {
        return sandbox.library().posts(handle).stream().map(PostData::id).toList();
    }

    /** The list pages deep-reconcile asked for in one slot for this creator, in the order asked, as their cursors. */
    private List<String> reconcileCursors(String handle, Instant slot) {
        return jdbc.queryForList("""
                SELECT substring(a.resource FROM 'cursor=([0-9]+)') FROM fetch_attempts a JOIN creators c ON c.id = a.creator_id
                 WHERE c.handle = ? AND a.job_name = 'deep-reconcile' AND a.observed_at = ? AND a.outcome = 'DATA'
                 ORDER BY a.attempted_at, a.id""", String.class, handle, utc(slot));
    }

    private long reconcileFetches(Instant slot) {
        return jdbc.queryForObject("SELECT count(*) FROM fetch_attempts WHERE job_name = 'deep-reconcile' AND observed_at = ?",
                Long.class, utc(slot));
    }

    /** The creator's deep-scan row, timestamps as instants. */
    private Map<String, Object> scan(String handle) {
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        jdbc.queryForMap("""
                SELECT d.scanned_at, d.scanned_from, d.resume_cursor, d.posts_added, d.updated_at
                  FROM creator_deep_scans d JOIN creators c ON c.id = d.creator_id AND c.organisation_id = d.organisation_id
                 WHERE c.handle = ?""", handle)
                .forEach((column, value) -> row.put(column, value instanceof java.sql.Timestamp t ? t.toInstant() : value));
        return row;
    }

    /** The cursor of the page after post {@code index} (from 0) of the creator's list: that post's createTime in ms. */
    private String cursorAfter(String handle, int index) {
        return Long.toString(sandbox.library().posts(handle).get(index).createdAt().toEpochMilli());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    @Test
    void aBurstAfterAFinishedWalkMakesTheCreatorDueAgainButAGapThatOutlastedItsWalkDoesNot() throws Exception {
        track("again", "walked.burst", "walked.hidden");
        Instant discovery = DAY.plus(Duration.ofDays(50));
        run("discovery", discovery);
        // The profile of walked.hidden counts three posts its list never shows (hidden, or deleted but still counted).
        jdbc.update("""
                INSERT INTO creator_snapshots (organisation_id, creator_id, observed_at, fetched_at, post_count, private_account,
                                               exact_counts)
                SELECT organisation_id, id, ?, ?, 15, false, true FROM creators WHERE handle = 'walked.hidden'""",
                utc(discovery.plusSeconds(1)), utc(discovery.plusSeconds(1)));
        Instant walked = discovery.plus(Duration.ofMinutes(30));
        run("deep-reconcile", walked);
        assertThat(scan("walked.burst")).containsEntry("scanned_at", walked).containsEntry("resume_cursor", null);
        assertThat(scan("walked.hidden")).containsEntry("scanned_at", walked).containsEntry("posts_added", 0L);

        // 60 posts appear; the next discovery reads one page (35 of them) and stops: 25 are missing, 5 days after a walk.
        sandbox.burst("walked.burst", 60);
        Instant afterBurst = discovery.plus(Duration.ofHours(1));
        run("discovery", afterBurst);
        assertThat(storedIds("walked.burst")).hasSize(45);

        Instant next = afterBurst.plus(Duration.ofMinutes(30));
        run("deep-reconcile", next);
        assertThat(reconcileCursors("walked.burst", next)).hasSize(4);
        assertThat(reconcileCursors("walked.hidden", next)).as("its gap was there when its walk ended").isEmpty();
        Instant last = next.plus(Duration.ofHours(1));
        run("deep-reconcile", last);
        assertThat(storedIds("walked.burst")).containsExactlyElementsOf(libraryIds("walked.burst")).hasSize(70);
        assertThat(scan("walked.burst")).containsEntry("scanned_at", last).containsEntry("resume_cursor", null);

        Instant after = last.plus(Duration.ofHours(1));
        run("deep-reconcile", after);
        assertThat(reconcileFetches(after)).as("nobody is due once every post is in").isZero();
    }

    @Test
    void sixtyPostsThatAppearBetweenTwoDiscoveriesAreAllCapturedOnceByTwoBudgetedReconcileRuns() throws Exception {
        track("burst", "burst.ten");
        List<String> original = libraryIds("burst.ten");
        run("discovery", DAY);
        assertThat(storedIds("burst.ten")).containsExactlyElementsOf(original);

        List<String> burst = sandbox.burst("burst.ten", 60).stream().map(PostData::id).toList();
        List<String> all = libraryIds("burst.ten");
        Instant discovery = DAY.plus(Duration.ofHours(1));
        run("discovery", discovery);

        // Discovery reads its one page: the 35 newest of the burst; the 25 older ones stay missing.
        List<String> afterDiscovery = new ArrayList<>(burst.subList(0, 35));
        afterDiscovery.addAll(original);
        assertThat(storedIds("burst.ten")).containsExactlyElementsOf(afterDiscovery);
        assertThat(jdbc.queryForObject("""
                SELECT s.post_count FROM creator_snapshots s JOIN creators c ON c.id = s.creator_id
                 WHERE c.handle = 'burst.ten' AND s.observed_at = ?""", Long.class, utc(discovery))).isEqualTo(70L);

        Instant first = discovery.plus(Duration.ofMinutes(30));
        run("deep-reconcile", first);
        assertThat(reconcileCursors("burst.ten", first)).containsExactly("0", cursorAfter("burst.ten", 9),
                cursorAfter("burst.ten", 19), cursorAfter("burst.ten", 29));
        assertThat(reconcileFetches(first)).isEqualTo(4);
        assertThat(storedIds("burst.ten")).hasSize(50).containsAll(all.subList(0, 40));
        assertThat(scan("burst.ten")).containsEntry("scanned_at", null).containsEntry("resume_cursor", cursorAfter("burst.ten", 39))
                .containsEntry("posts_added", 5L);

        Instant second = first.plus(Duration.ofHours(1));
        run("deep-reconcile", second);
        assertThat(reconcileCursors("burst.ten", second)).containsExactly(cursorAfter("burst.ten", 39), cursorAfter("burst.ten", 49),
                cursorAfter("burst.ten", 59));
        assertThat(reconcileFetches(second)).isEqualTo(3);
        // Each list page the walk read is kept in the raw archive, for herdbook reparse.
        assertThat(jdbc.queryForList("""
                SELECT r.resource FROM raw_payloads r JOIN creators c ON c.id = r.creator_id
                 WHERE c.handle = 'burst.ten' AND r.job_name = 'deep-reconcile' AND r.observed_at = ? ORDER BY r.resource
                """, String.class, second.atOffset(java.time.ZoneOffset.UTC))).hasSize(3)
                .allSatisfy(resource -> assertThat(resource).startsWith("/api/post/item_list"));

        assertThat(storedIds("burst.ten")).containsExactlyElementsOf(all).hasSize(70);
        assertThat(jdbc.queryForObject("""
                SELECT count(DISTINCT p.platform_post_id) FROM posts p JOIN creators c ON c.id = p.creator_id WHERE c.handle = 'burst.ten'
                """, Long.class)).isEqualTo(70L);
        assertThat(scan("burst.ten")).containsEntry("scanned_at", second).containsEntry("resume_cursor", null)
                .containsEntry("scanned_from", Instant.EPOCH).containsEntry("posts_added", 25L)
                .containsEntry("updated_at", second.plusSeconds(20));
    }

    @Test
    void theLargestGapGoesFirstAndABacklogDrainsOverRunsWithinTheBudget() throws Exception {
        track("gaps", "gap.small", "gap.none", "gap.large");
        Instant discovery = DAY.plus(Duration.ofDays(1));
        run("discovery", discovery);
        assertThat(storedIds("gap.large")).hasSize(35);
        assertThat(storedIds("gap.small")).hasSize(35);
        assertThat(storedIds("gap.none")).hasSize(20);

        List<Map<String, Long>> pagesPerRun = new ArrayList<>();
        Instant slot = discovery.plus(Duration.ofMinutes(30));
        for (int run = 0; run < 5; run++, slot = slot.plus(Duration.ofHours(1))) {
            run("deep-reconcile", slot);
            pagesPerRun.add(Map.of("gap.large", (long) reconcileCursors("gap.large", slot).size(),
                    "gap.small", (long) reconcileCursors("gap.small", slot).size(),
                    "gap.none", (long) reconcileCursors("gap.none", slot).size()));
            assertThat(reconcileFetches(slot)).isLessThanOrEqualTo(4);
        }

        // Gaps 65, 25 and 0: the large one first until done, the small one next (cut, then resumed first), then the rest.
        assertThat(pagesPerRun).containsExactly(
                Map.of("gap.large", 4L, "gap.small", 0L, "gap.none", 0L),
                Map.of("gap.large", 4L, "gap.small", 0L, "gap.none", 0L),
                Map.of("gap.large", 2L, "gap.small", 2L, "gap.none", 0L),
                Map.of("gap.large", 0L, "gap.small", 4L, "gap.none", 0L),
                Map.of("gap.large", 0L, "gap.small", 0L, "gap.none", 2L));
        assertThat(storedIds("gap.large")).containsExactlyElementsOf(libraryIds("gap.large"));
        assertThat(storedIds("gap.small")).containsExactlyElementsOf(libraryIds("gap.small"));
        assertThat(storedIds("gap.none")).containsExactlyElementsOf(libraryIds("gap.none"));
        assertThat(scan("gap.large")).containsEntry("posts_added", 65L).containsEntry("resume_cursor", null);
        assertThat(scan("gap.small")).containsEntry("posts_added", 25L).containsEntry("resume_cursor", null);
        assertThat(scan("gap.none")).containsEntry("posts_added", 0L).containsEntry("resume_cursor", null);
    }

    @Test
    void aCreatorScannedYesterdayWaitsThirtyDaysOneScannedLastMonthOrWhoseTrackingStartMovedBackIsWalkedNow() throws Exception {
        track("thirty-days", "scanned.yesterday", "scanned.lastmonth", "moved.back");
        Instant discovery = DAY.plus(Duration.ofDays(2));
        run("discovery", discovery);
        Instant now = discovery.plus(Duration.ofMinutes(30));
        Instant october = Instant.parse("2026-10-01T00:00:00Z");
        scanned("scanned.yesterday", now.minus(Duration.ofDays(1)), Instant.EPOCH);
        scanned("scanned.lastmonth", now.minus(Duration.ofDays(31)), Instant.EPOCH);
        // Walked yesterday down to 1 October; since then its tracking start was moved back to the beginning.
        scanned("moved.back", now.minus(Duration.ofDays(1)), october);

        run("deep-reconcile", now);

        assertThat(reconcileCursors("scanned.yesterday", now)).isEmpty();
        assertThat(reconcileCursors("scanned.lastmonth", now)).containsExactly("0");
        assertThat(reconcileCursors("moved.back", now)).containsExactly("0");
        assertThat(scan("scanned.yesterday")).containsEntry("scanned_at", now.minus(Duration.ofDays(1)));
        assertThat(scan("scanned.lastmonth")).containsEntry("scanned_at", now).containsEntry("updated_at", now.plusSeconds(20));
        assertThat(scan("moved.back")).containsEntry("scanned_at", now).containsEntry("scanned_from", Instant.EPOCH);

        Instant later = now.plus(Duration.ofDays(29));
        run("deep-reconcile", later);

        assertThat(reconcileCursors("scanned.yesterday", later)).containsExactly("0");
        assertThat(reconcileCursors("scanned.lastmonth", later)).isEmpty();
        assertThat(reconcileCursors("moved.back", later)).isEmpty();
        assertThat(scan("scanned.yesterday")).containsEntry("scanned_at", later);
    }

    private void scanned(String handle, Instant at, Instant from) {
        jdbc.update("""
                INSERT INTO creator_deep_scans (organisation_id, creator_id, scanned_at, scanned_from, updated_at)
                SELECT organisation_id, id, ?, ?, ? FROM creators WHERE handle = ?""", utc(at), utc(from), utc(at), handle);
    }

    @Test
    void aRerunOfTheSameSlotWritesNothingTwice() throws Exception {
        track("rerun", "rerun.me");
        Instant discovery = DAY.plus(Duration.ofDays(3));
        run("discovery", discovery);
        Instant slot = discovery.plus(Duration.ofMinutes(30));
        JobExecution done = run("deep-reconcile", slot);
        List<Map<String, Object>> attempts = reconcileAttempts(slot);
        Map<String, Object> scan = scan("rerun.me");
        assertThat(storedIds("rerun.me")).containsExactlyElementsOf(libraryIds("rerun.me"));
        assertThat(attempts).hasSize(4).allSatisfy(row -> assertThat(row).containsEntry("attempts", 1));

        assertThatThrownBy(() -> jobs.run("deep-reconcile", slot)).isInstanceOf(JobInstanceAlreadyCompleteException.class);
        assertThat(jobs.runOrResume("deep-reconcile", slot, 0).getId()).isEqualTo(done.getId());
        // A forced revision finds the creator scanned at this very slot: nothing is due, nothing is fetched.
        assertThat(jobs.runOrResume("deep-reconcile", slot, 1).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(reconcileAttempts(slot)).isEqualTo(attempts);
        assertThat(scan("rerun.me")).isEqualTo(scan);

        // Even a walk done again (its record lost) lands on the same keys: no post twice, each page's attempt counted on its row.
        jdbc.update("DELETE FROM creator_deep_scans WHERE creator_id IN (SELECT id FROM creators WHERE handle = 'rerun.me')");
        assertThat(jobs.runOrResume("deep-reconcile", slot, 2).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        assertThat(storedIds("rerun.me")).containsExactlyElementsOf(libraryIds("rerun.me")).hasSize(40);
        assertThat(reconcileAttempts(slot)).extracting(row -> row.get("resource")).containsExactlyElementsOf(
                attempts.stream().map(row -> row.get("resource")).toList());
        assertThat(reconcileAttempts(slot)).allSatisfy(row -> assertThat(row).containsEntry("attempts", 2));
        assertThat(scan("rerun.me")).containsEntry("scanned_at", slot).containsEntry("posts_added", 0L);
    }

    @Test
    void aRunThatFailsMidwayRestartsWithWhatIsLeftOfItsBudgetAndWritesNothingTwice() throws Exception {
        track("crash", "crash.a", "crash.b", "crash.c");
        Instant discovery = DAY.plus(Duration.ofDays(4));
        run("discovery", discovery);
        // Three creators of two pages each, none walked yet, a budget of 4: two of them fit in a run. The database
        // fails the second one's write, once: a crash after the first creator's chunk committed.
        jdbc.execute("CREATE SEQUENCE fail_reconcile_once");
        jdbc.execute("""
                CREATE FUNCTION fail_reconcile_once() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.creator_id = (SELECT id FROM creators WHERE handle = 'crash.b') AND nextval('fail_reconcile_once') = 1 THEN
                        RAISE EXCEPTION 'injected failure writing the scan of creator %', NEW.creator_id;
                    END IF;
                    RETURN NEW;
                END $$""");
        jdbc.execute("CREATE TRIGGER fail_reconcile_once BEFORE INSERT ON creator_deep_scans FOR EACH ROW EXECUTE FUNCTION fail_reconcile_once()");
        Instant slot = discovery.plus(Duration.ofMinutes(30));
        try {
            CLOCK.set(slot.plusSeconds(20));
            JobExecution failed = jobs.run("deep-reconcile", slot);
            assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(reconcileCursors("crash.a", slot)).hasSize(2);
            assertThat(reconcileCursors("crash.b", slot)).isEmpty();

            JobExecution restarted = jobs.runOrResume("deep-reconcile", slot, 0);

            assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            // The restart had 2 fetches left, not a fresh 4: crash.b is walked again, crash.c waits for the next run.
            assertThat(reconcileCursors("crash.a", slot)).containsExactly("0", cursorAfter("crash.a", 9));
            assertThat(reconcileCursors("crash.b", slot)).containsExactly("0", cursorAfter("crash.b", 9));
            assertThat(reconcileCursors("crash.c", slot)).isEmpty();
            assertThat(jdbc.queryForList("""
                    SELECT a.attempts FROM fetch_attempts a WHERE a.job_name = 'deep-reconcile' AND a.observed_at = ?""",
                    Integer.class, utc(slot))).containsExactly(1, 1, 1, 1);
            assertThat(scan("crash.a")).containsEntry("scanned_at", slot);
            assertThat(scan("crash.b")).containsEntry("scanned_at", slot);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM creator_deep_scans d JOIN creators c ON c.id = d.creator_id WHERE c.handle = 'crash.c'",
                    Long.class)).isZero();
        } finally {
            jdbc.execute("DROP TRIGGER fail_reconcile_once ON creator_deep_scans");
        }
        Instant next = slot.plus(Duration.ofHours(1));
        run("deep-reconcile", next);
        assertThat(reconcileCursors("crash.c", next)).containsExactly("0", cursorAfter("crash.c", 9));
        assertThat(storedIds("crash.c")).containsExactlyElementsOf(libraryIds("crash.c"));
    }

    private List<Map<String, Object>> reconcileAttempts(Instant slot) {
        return jdbc.queryForList("""
                SELECT a.resource, a.outcome, a.attempts FROM fetch_attempts a JOIN creators c ON c.id = a.creator_id
                 WHERE c.handle = 'rerun.me' AND a.job_name = 'deep-reconcile' AND a.observed_at = ? ORDER BY a.id""", utc(slot));
    }
}
