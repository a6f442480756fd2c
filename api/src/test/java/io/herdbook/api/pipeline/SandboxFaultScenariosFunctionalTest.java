package io.herdbook.api.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.archive.Reparse;
import io.herdbook.jobs.archive.ReparseRange;
import io.herdbook.jobs.archive.ReparseSummary;
import io.herdbook.jobs.launch.JobLaunches;
import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.platform.PostStats;
import io.herdbook.jobs.tracking.CreatorStore;
import io.herdbook.jobs.tracking.TenantStore;
import io.herdbook.sandbox.CaptureLibrary;
import io.herdbook.sandbox.Fault;
import io.herdbook.sandbox.Sandbox;
import io.herdbook.sandbox.SandboxSettings;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
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
 * One scenario per sandbox fault (issue 4): discovery and stats-refresh run for real against the sandbox's
 * generated pages over loopback, and each scenario asserts the database afterwards — the posts captured,
 * the snapshots written (none for a failed or partial fetch), the creator's status and the fetch attempts.
 *
 * <p>One creator, {@code lena.bakes} (five posts, the newest a photo post), tracked from a clean database in
 * every test. Her newest post carries the exact counts of CASES C2 (1,776,621 views, shown 1.8M), which the
 * healthy page serves as {@code statsV2} strings beside the display-rounded {@code stats} integers. List pages
 * hold two posts, so a healthy first walk reads three of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "herdbook.test.database.name=sandbox_faults",
        "herdbook.discovery.page-size=2",
        "herdbook.platform.request-timeout=1500ms"})
class SandboxFaultScenariosFunctionalTest {

    static final String HANDLE = "lena.bakes";
    static final PostStats C2_EXACT = new PostStats(1_776_621, 22_609, 15_955, 259, 2_787L, true);
    static final PostStats C2_ROUNDED = new PostStats(1_800_000, 22_600, 16_000, 259, 2_787L, false);
    private static final AtomicLong SLOTS = new AtomicLong(Instant.parse("2026-08-01T00:00:00Z").getEpochSecond());
    private static Sandbox sandbox;

    @Autowired JobLaunches jobs;
    @Autowired JdbcTemplate jdbc;
    @Autowired TenantStore tenants;
    @Autowired CreatorStore creators;
    @Autowired Reparse reparse;

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        CaptureLibrary generated = CaptureLibrary.generated();
        // Not TestSandbox.ofGeneratedPages: the same generated library, with the C2 counts on one post.
        sandbox = TestSandbox.pointedAt(Sandbox.start(SandboxSettings.defaults().withPages(Path.of("no-captures-in-this-folder"))
                .withTimeoutHold(Duration.ofSeconds(5)), generated.withPostStats(generated.posts(HANDLE).getFirst().id(), C2_EXACT)),
                registry);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void aCleanDatabaseTrackingLena() {
        jdbc.execute("TRUNCATE organisations, post_stats_snapshots CASCADE");
        long project = tenants.ensureProject(tenants.ensureOrganisation("faults", "Faults"), "main", "Main");
        creators.register(project, HANDLE);
    }

    @AfterEach
    void clearFaults() {
        sandbox.faults().clear();
    }

    // --- the platform's side -------------------------------------------------------------------------------------

    static List<PostData> lenasPosts() {
        return sandbox.library().posts(HANDLE);
    }

    static List<String> lenasPostIds() {
        return lenasPosts().stream().map(PostData::id).toList();
    }

    static String postPath(PostData post) {
        return "/@" + HANDLE + "/" + post.kind().pathSegment() + "/" + post.id();
    }

    static String profilePath() {
        return "/@" + HANDLE;
    }

    static String listPath(String cursor) {
        String secUid = sandbox.library().creator(HANDLE).orElseThrow().secUid();
        return "/api/post/item_list?secUid=" + URLEncoder.encode(secUid, StandardCharsets.UTF_8) + "&count=2&cursor=" + cursor;
    }

    /** The cursor of the list page after the one ending with post {@code index} (newest first). */
    static String cursorAfter(int index) {
        return Long.toString(lenasPosts().get(index).createdAt().toEpochMilli());
    }

    static Snapshot asServed(PostData post) {
        PostStats s = post.stats();
        return new Snapshot(post.id(), s.views(), s.likes(), s.comments(), s.shares(), s.saves(), s.exact());
    }

    static List<Snapshot> asServed(List<PostData> posts) {
        return posts.stream().map(SandboxFaultScenariosFunctionalTest::asServed).toList();
    }

    // --- the jobs -----------------------------------------------------------------------------------------------------

    static Instant nextSlot() {
        return Instant.ofEpochSecond(SLOTS.getAndAdd(3_600));
    }

    Instant discovery() throws Exception {
        Instant slot = nextSlot();
        assertThat(jobs.run("discovery", slot).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return slot;
    }

    Instant refresh() throws Exception {
        Instant slot = nextSlot();
        assertThat(jobs.run("stats-refresh", slot).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return slot;
    }

    /** A healthy discovery and refresh: all five posts, one exact snapshot each. */
    Instant trackedAndRefreshed() throws Exception {
        discovery();
        Instant slot = refresh();
        assertThat(snapshotsIn(slot)).containsExactlyInAnyOrderElementsOf(asServed(lenasPosts()));
        return slot;
    }

    // --- the database -------------------------------------------------------------------------------------------------

    record Snapshot(String postId, long views, long likes, long comments, long shares, Long saves, boolean exact) {
    }

    record Attempt(String resource, String outcome, String reason, Integer httpStatus) {
    }

    List<String> capturedPostIds() {
        return jdbc.queryForList("SELECT platform_post_id FROM posts WHERE tracked ORDER BY posted_at DESC", String.class);
    }

    long postRows() {
        return jdbc.queryForObject("SELECT count(*) FROM posts", Long.class);
    }

    List<Snapshot> snapshotsIn(Instant slot) {
        return jdbc.query("""
                SELECT p.platform_post_id, s.views, s.likes, s.comments, s.shares, s.saves, s.exact_counts
                  FROM post_stats_snapshots s JOIN posts p ON p.id = s.post_id
                 WHERE s.observed_at = ? ORDER BY p.posted_at DESC""", (rs, i) -> new Snapshot(rs.getString(1), rs.getLong(2),
                rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getObject(6, Long.class), rs.getBoolean(7)), utc(slot));
    }

    long snapshotRows() {
        return jdbc.queryForObject("SELECT count(*) FROM post_stats_snapshots", Long.class);
    }

    /** A post's latest stats and the slot they were observed in. */
    record Latest(String postId, Instant observedAt, long views, long likes, long comments, long shares, Long saves, boolean exact) {
    }

    /** The latest stats per post, newest post first. */
    List<Latest> latest() {
        return jdbc.query("""
                SELECT p.platform_post_id, l.observed_at, l.views, l.likes, l.comments, l.shares, l.saves, l.exact_counts
                  FROM post_stats_latest l JOIN posts p ON p.id = l.post_id ORDER BY p.posted_at DESC""",
                (rs, i) -> new Latest(rs.getString(1), rs.getObject(2, java.time.OffsetDateTime.class).toInstant(), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getObject(7, Long.class), rs.getBoolean(8)));
    }

    List<Attempt> attemptsIn(Instant slot) {
        return jdbc.query("""
                SELECT resource, outcome, reason, http_status FROM fetch_attempts WHERE observed_at = ?
                 ORDER BY attempted_at, resource""", (rs, i) -> new Attempt(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getObject(4, Integer.class)), utc(slot));
    }

    String status() {
        return jdbc.queryForObject("SELECT status FROM creators WHERE handle = ?", String.class, HANDLE);
    }

    /** Creator snapshots, oldest first: followers, post count, exact. */
    List<List<Object>> creatorSnapshots() {
        return jdbc.query("SELECT followers, post_count, exact_counts FROM creator_snapshots ORDER BY observed_at",
                (rs, i) -> List.of(rs.getLong(1), rs.getLong(2), rs.getBoolean(3)));
    }

    static java.time.OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Attempt data(String resource) {
        return new Attempt(resource, "DATA", null, 200);
    }

    // --- the scenarios ------------------------------------------------------------------------------------------------

    @Nested
    class AHealthyPlatform {

        @Test
        void capturesEveryPostAndWritesTheExactCountsWhereBothAreServed() throws Exception {
            Instant found = discovery();
            Instant refreshed = refresh();

            assertThat(capturedPostIds()).containsExactlyElementsOf(lenasPostIds());
            assertThat(attemptsIn(found)).containsExactly(data(profilePath()), data(listPath("0")), data(listPath(cursorAfter(1))),
                    data(listPath(cursorAfter(3))));
            assertThat(creatorSnapshots()).containsExactly(List.of(12_352L, 5L, true));
            assertThat(snapshotsIn(refreshed)).as("statsV2 wins over the rounded ints served beside it (C2)")
                    .containsExactlyElementsOf(asServed(lenasPosts()))
                    .first().isEqualTo(new Snapshot(lenasPostIds().getFirst(), 1_776_621, 22_609, 15_955, 259, 2_787L, true));
            assertThat(attemptsIn(refreshed)).containsExactlyInAnyOrderElementsOf(lenasPosts().stream().map(p -> data(postPath(p))).toList());
            assertThat(status()).isEqualTo("ACTIVE");
        }
    }

    @Nested
    class Timeout {

        @Test
        void aTimedOutPostPageWritesNoSnapshotAndTheOthersDo() throws Exception {
            Instant before = trackedAndRefreshed();
            PostData stalled = lenasPosts().get(2);
            sandbox.faults().set(postPath(stalled), Fault.parse("timeout"));

            Instant slot = refresh();

            assertThat(snapshotsIn(slot)).containsExactlyElementsOf(asServed(lenasPosts().stream().filter(p -> p != stalled).toList()));
            assertThat(attemptsIn(slot)).filteredOn(a -> a.resource().equals(postPath(stalled)))
                    .containsExactly(new Attempt(postPath(stalled), "FAILED", "timeout after PT1.5S", null));
            assertThat(latest()).filteredOn(row -> row.postId().equals(stalled.id()))
                    .singleElement().satisfies(row -> assertThat(row.observedAt()).isEqualTo(before));
        }

        @Test
        void aTimedOutProfileCapturesNothingAndLeavesTheCreatorActive() throws Exception {
            sandbox.faults().set(HANDLE, Fault.parse("timeout"));

            Instant slot = discovery();

            assertThat(postRows()).isZero();
            assertThat(creatorSnapshots()).isEmpty();
            assertThat(attemptsIn(slot)).containsExactly(new Attempt(profilePath(), "FAILED", "timeout after PT1.5S", null));
            assertThat(status()).isEqualTo("ACTIVE");
        }
    }

    @Nested
    class Status {

        @Test
        void aServerErrorIsAFailedFetchAndMovesNothing() throws Exception {
            trackedAndRefreshed();
            List<Latest> latestBefore = latest();
            sandbox.faults().set(HANDLE, Fault.parse("status:503"));

            Instant found = discovery();
            Instant refreshed = refresh();

            Attempt failed = new Attempt(profilePath(), "FAILED", "http 503 \"503\"", 503);
            assertThat(attemptsIn(found)).containsExactly(failed);
            assertThat(attemptsIn(refreshed)).containsExactlyInAnyOrderElementsOf(lenasPosts().stream()
                    .map(p -> new Attempt(postPath(p), "FAILED", "http 503 \"503\"", 503)).toList());
            assertThat(snapshotsIn(refreshed)).isEmpty();
            assertThat(latest()).isEqualTo(latestBefore);
            assertThat(creatorSnapshots()).hasSize(1);
            assertThat(status()).isEqualTo("ACTIVE");
        }
    }

    @Nested
    class Shell {

        @Test
        void aChallengeShellIsBlockedAndMovesNothing() throws Exception {
            trackedAndRefreshed();
            List<Latest> latestBefore = latest();
            sandbox.faults().set(HANDLE, Fault.parse("shell"));

            Instant found = discovery();
            Instant refreshed = refresh();

            String reason = "challenge shell (1319 bytes, bot-challenge marker \"Verifying you are human\")";
            assertThat(attemptsIn(found)).containsExactly(new Attempt(profilePath(), "BLOCKED", reason, 200));
            assertThat(attemptsIn(refreshed)).hasSize(5).allSatisfy(a -> {
                assertThat(a.outcome()).isEqualTo("BLOCKED");
                assertThat(a.reason()).isEqualTo(reason);
                assertThat(a.httpStatus()).isEqualTo(200);
            });
            assertThat(snapshotsIn(refreshed)).isEmpty();
            assertThat(latest()).isEqualTo(latestBefore);
            assertThat(creatorSnapshots()).hasSize(1);
            assertThat(status()).isEqualTo("ACTIVE");
        }
    }

    @Nested
    class Partial {

        @Test
        void aPostPageWithoutStatsWritesNoSnapshotAndKeepsTheLatest() throws Exception {
            Instant before = trackedAndRefreshed();
            List<Latest> latestBefore = latest();
            PostData newest = lenasPosts().getFirst();
            sandbox.faults().set(postPath(newest), Fault.parse("partial"));

            Instant slot = refresh();

            assertThat(snapshotsIn(slot)).containsExactlyElementsOf(asServed(lenasPosts().subList(1, 5)));
            assertThat(attemptsIn(slot)).filteredOn(a -> a.resource().equals(postPath(newest)))
                    .containsExactly(new Attempt(postPath(newest), "UNREADABLE", "post page without stats", 200));
            assertThat(latest().getFirst()).isEqualTo(latestBefore.getFirst());
            assertThat(latest().getFirst()).isEqualTo(new Latest(newest.id(), before, 1_776_621, 22_609, 15_955, 259, 2_787L, true));
        }

        @Test
        void aCreatorWithPartialPagesIsStillDiscoveredInFull() throws Exception {
            sandbox.faults().set(HANDLE, Fault.parse("partial"));

            Instant found = discovery();
            Instant refreshed = refresh();

            assertThat(capturedPostIds()).containsExactlyElementsOf(lenasPostIds());
            assertThat(attemptsIn(found)).hasSize(4).allSatisfy(a -> assertThat(a.outcome()).isEqualTo("DATA"));
            assertThat(snapshotRows()).isZero();
            assertThat(attemptsIn(refreshed)).extracting(Attempt::outcome).containsOnly("UNREADABLE").hasSize(5);
        }
    }

    @Nested
    class ZeroStats {

        @Test
        void allZerosAfterAGoodSnapshotWriteNoSnapshotAndTheLatestStays() throws Exception {
            Instant before = trackedAndRefreshed();
            List<Latest> latestBefore = latest();
            sandbox.faults().set(HANDLE, Fault.parse("zero-stats"));

            Instant slot = refresh();

            assertThat(snapshotsIn(slot)).isEmpty();
            assertThat(snapshotRows()).isEqualTo(5);
            assertThat(latest()).isEqualTo(latestBefore);
            assertThat(latest()).extracting(Latest::observedAt).containsOnly(before);
            assertThat(attemptsIn(slot)).containsExactlyInAnyOrderElementsOf(lenasPosts().stream().map(p -> new Attempt(postPath(p),
                    "UNREADABLE", "partial page: every count is 0, last good views " + p.stats().views(), 200)).toList());
        }

        /** The archive keeps the all-zero pages (a parser fix may read them); reparse must refuse them as the job did. */
        @Test
        void reparseOfAllZerosAfterAGoodSnapshotWritesNoSnapshotEither() throws Exception {
            trackedAndRefreshed();
            List<Latest> latestBefore = latest();
            sandbox.faults().set(HANDLE, Fault.parse("zero-stats"));
            Instant slot = refresh();

            ReparseSummary summary = reparse.run(new ReparseRange("stats-refresh", slot, slot));

            assertThat(snapshotsIn(slot)).isEmpty();
            assertThat(snapshotRows()).isEqualTo(5);
            assertThat(latest()).isEqualTo(latestBefore);
            assertThat(summary).isEqualTo(new ReparseSummary(5, 0, 0, 0, 0, 0, 0, 5, 0));
        }

        @Test
        void allZerosOfAPostNeverSeenWithViewsAreDataOnlyWithinADayOfPosting() throws Exception {
            discovery();
            sandbox.faults().set(HANDLE, Fault.parse("zero-stats"));
            PostData newest = lenasPosts().getFirst();
            // A slot an hour after the newest post: it may truly be unwatched yet; the others are days old.
            Instant slot = newest.createdAt().plus(Duration.ofHours(1));

            assertThat(jobs.run("stats-refresh", slot).getStatus()).isEqualTo(BatchStatus.COMPLETED);

            assertThat(snapshotsIn(slot)).containsExactly(new Snapshot(newest.id(), 0, 0, 0, 0, 0L, true));
            List<Attempt> attempts = attemptsIn(slot);
            assertThat(attempts).hasSize(lenasPosts().size());
            assertThat(attempts).filteredOn(a -> a.resource().equals(postPath(newest))).extracting(Attempt::outcome)
                    .containsExactly("DATA");
            assertThat(attempts).filteredOn(a -> !a.resource().equals(postPath(newest))).allSatisfy(a -> {
                assertThat(a.outcome()).isEqualTo("UNREADABLE");
                assertThat(a.reason()).startsWith("partial page: every count is 0 for a post posted ").endsWith(", over 24 h before");
            });
        }
    }

    @Nested
    class Private {

        @Test
        void aCreatorGoingPrivateIsPrivateKeepsItsTotalsAndWritesNoZeros() throws Exception {
            Instant before = trackedAndRefreshed();
            List<Latest> latestBefore = latest();
            sandbox.faults().set(HANDLE, Fault.parse("private"));

            Instant found = discovery();
            Instant refreshed = refresh();

            assertThat(status()).isEqualTo("PRIVATE");
            assertThat(creatorSnapshots()).containsExactly(List.of(12_352L, 5L, true));
            assertThat(attemptsIn(found)).containsExactly(new Attempt(profilePath(), "PRIVATE", "statusCode 10222 private account", 200));
            assertThat(attemptsIn(refreshed)).as("a private creator's posts cost nothing").isEmpty();
            assertThat(capturedPostIds()).containsExactlyElementsOf(lenasPostIds());
            assertThat(latest()).isEqualTo(latestBefore);
            assertThat(snapshotsIn(before)).hasSize(5);
            assertThat(snapshotRows()).isEqualTo(5);
        }
    }

    @Nested
    class Deleted {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "deleted       | statusCode 10221 user not found or banned",
                "deleted:10202 | statusCode 10202 user does not exist"})
        void aGoneAccountIsNotFoundKeepsItsPostsAndWritesNothing(String fault, String reason) throws Exception {
            trackedAndRefreshed();
            List<Latest> latestBefore = latest();
            sandbox.faults().set(HANDLE, Fault.parse(fault));

            Instant refreshedFirst = refresh();
            Instant found = discovery();
            Instant refreshedAfter = refresh();

            assertThat(attemptsIn(refreshedFirst)).as("before discovery sees it gone, its post pages are gone")
                    .containsExactlyInAnyOrderElementsOf(lenasPosts().stream()
                            .map(p -> new Attempt(postPath(p), "NOT_FOUND", "statusCode 10204 item does not exist", 200)).toList());
            assertThat(attemptsIn(found)).containsExactly(new Attempt(profilePath(), "NOT_FOUND", reason, 200));
            assertThat(attemptsIn(refreshedAfter)).isEmpty();
            assertThat(status()).isEqualTo("NOT_FOUND");
            assertThat(creatorSnapshots()).hasSize(1);
            assertThat(capturedPostIds()).containsExactlyElementsOf(lenasPostIds());
            assertThat(snapshotRows()).isEqualTo(5);
            assertThat(latest()).isEqualTo(latestBefore);
        }
    }

    @Nested
    class Hidden {

        @Test
        void anEmptyListUnderAProfileThatCountsPostsHidesThemAndDeletesNothing() throws Exception {
            trackedAndRefreshed();
            sandbox.faults().set(HANDLE, Fault.parse("hidden"));

            Instant found = discovery();
            Instant refreshed = refresh();

            assertThat(attemptsIn(found)).containsExactly(data(profilePath()), new Attempt(listPath("0"), "DATA",
                    "empty post list while the profile counts 5 posts: hidden, not deleted", 200));
            assertThat(capturedPostIds()).as("none marked deleted or untracked").containsExactlyElementsOf(lenasPostIds());
            assertThat(snapshotsIn(refreshed)).as("the posts' own pages still serve their unchanged stats")
                    .containsExactlyElementsOf(asServed(lenasPosts()));
            assertThat(creatorSnapshots()).containsExactly(List.of(12_352L, 5L, true), List.of(12_352L, 5L, true));
            assertThat(status()).isEqualTo("ACTIVE");
        }

        @Test
        void aNewCreatorWhosePostsAreHiddenGetsNoneAndTheReasonSaysSo() throws Exception {
            sandbox.faults().set(HANDLE, Fault.parse("hidden"));

            Instant found = discovery();

            assertThat(postRows()).isZero();
            assertThat(attemptsIn(found)).containsExactly(data(profilePath()), new Attempt(listPath("0"), "DATA",
                    "empty post list while the profile counts 5 posts: hidden, not deleted", 200));
        }
    }

    @Nested
    class StuckCursor {

        @Test
        void aCursorThatDoesNotMoveStopsTheWalkAtOnce() throws Exception {
            sandbox.faults().set(HANDLE, Fault.parse("stuck-cursor"));

            Instant found = discovery();

            assertThat(postRows()).isZero();
            assertThat(attemptsIn(found)).containsExactly(data(profilePath()),
                    new Attempt(listPath("0"), "DATA", "cursor 0 did not move though hasMore: walk stopped", 200));
            assertThat(status()).isEqualTo("ACTIVE");
        }

        @Test
        void aCursorThatSticksAfterAKnownStartLosesNoPosts() throws Exception {
            trackedAndRefreshed();
            sandbox.faults().set(HANDLE, Fault.parse("stuck-cursor"));

            Instant found = discovery();

            assertThat(capturedPostIds()).containsExactlyElementsOf(lenasPostIds());
            assertThat(attemptsIn(found)).extracting(Attempt::resource).containsExactly(profilePath(), listPath("0"));
        }
    }

    @Nested
    class Rounded {

        @Test
        void aRoundedPageAfterAnExactOneIsWrittenAsInexact() throws Exception {
            trackedAndRefreshed();
            sandbox.faults().set(HANDLE, Fault.parse("rounded"));

            Instant found = discovery();
            Instant refreshed = refresh();

            List<Snapshot> rounded = snapshotsIn(refreshed);
            assertThat(rounded.getFirst()).isEqualTo(new Snapshot(lenasPostIds().getFirst(), 1_800_000, 22_600, 16_000, 259, 2_787L, false));
            // Below 10,000 a rounded count is the count; the three posts under 10k views differ only in being inexact.
            assertThat(rounded).hasSize(5).extracting(Snapshot::exact).containsOnly(false);
            assertThat(rounded.get(4)).isEqualTo(withExact(asServed(lenasPosts().get(4)), false));
            assertThat(latest().getFirst()).isEqualTo(new Latest(lenasPostIds().getFirst(), refreshed, 1_800_000, 22_600, 16_000, 259,
                    2_787L, false));
            assertThat(creatorSnapshots()).containsExactly(List.of(12_352L, 5L, true), List.of(12_400L, 5L, false));
            assertThat(attemptsIn(found)).containsExactly(data(profilePath()), data(listPath("0")));
        }

        @Test
        void anExactPageAfterARoundedOneIsWrittenExact() throws Exception {
            discovery();
            sandbox.faults().set(HANDLE, Fault.parse("rounded"));
            Instant roundedSlot = refresh();
            sandbox.faults().clear();

            Instant exactSlot = refresh();

            assertThat(snapshotsIn(roundedSlot).getFirst()).isEqualTo(withPost(C2_ROUNDED));
            assertThat(snapshotsIn(exactSlot).getFirst()).isEqualTo(withPost(C2_EXACT));
            assertThat(latest().getFirst()).isEqualTo(new Latest(lenasPostIds().getFirst(), exactSlot, 1_776_621, 22_609, 15_955, 259,
                    2_787L, true));
        }

        private Snapshot withPost(PostStats s) {
            return new Snapshot(lenasPostIds().getFirst(), s.views(), s.likes(), s.comments(), s.shares(), s.saves(), s.exact());
        }

        private Snapshot withExact(Snapshot s, boolean exact) {
            return new Snapshot(s.postId(), s.views(), s.likes(), s.comments(), s.shares(), s.saves(), exact);
        }
    }
}
