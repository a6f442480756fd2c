package io.herdbook.api.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.archive.Reparse;
import io.herdbook.jobs.archive.ReparseRange;
import io.herdbook.jobs.archive.ReparseSummary;
import io.herdbook.jobs.launch.JobLaunches;
import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.tracking.CreatorStore;
import io.herdbook.jobs.tracking.TenantStore;
import io.herdbook.sandbox.Fault;
import io.herdbook.sandbox.Sandbox;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
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
 * The raw archive over a real run: discovery, then stats-refresh twice, against the sandbox's generated pages with
 * one post page failing and one blocked in the first refresh. The archive keeps the data script or API body of each
 * answer, and reparse derives from it, without fetching, the very rows the run wrote.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "herdbook.test.database.name=raw_archive_pipeline",
        "herdbook.discovery.page-size=4"})
class RawArchiveFunctionalTest {

    private static final Instant FIRST = Instant.parse("2026-06-01T00:00:00Z");
    private static final Instant SECOND = FIRST.plusSeconds(900);
    private static final Pattern DATA_SCRIPT = Pattern.compile(
            "<script id=\"__UNIVERSAL_DATA_FOR_REHYDRATION__\" type=\"application/json\">(.*?)</script>", Pattern.DOTALL);
    private static Sandbox sandbox;
    private static boolean ran;
    private static String failedPath;
    private static String blockedPath;

    @Autowired JobLaunches jobs;
    @Autowired JdbcTemplate jdbc;
    @Autowired TenantStore tenants;
    @Autowired CreatorStore creators;
    @Autowired Reparse reparse;

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        sandbox = TestSandbox.ofGeneratedPages(registry);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void runTheJobsOnce() throws Exception {
        if (ran) {
            return;
        }
        long project = tenants.ensureProject(tenants.ensureOrganisation("archive", "Archive"), "main", "Main");
        sandbox.library().creators().keySet().forEach(handle -> creators.register(project, handle));
        List<PostData> lenas = sandbox.library().posts("lena.bakes");
        failedPath = path("lena.bakes", lenas.get(0));
        blockedPath = path("lena.bakes", lenas.get(1));
        assertThat(jobs.run("discovery", FIRST).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        sandbox.faults().set(failedPath, Fault.parse("status:503"));
        sandbox.faults().set(blockedPath, Fault.parse("blocked:akamai-403"));
        assertThat(jobs.run("stats-refresh", FIRST).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        sandbox.faults().clear();
        assertThat(jobs.run("stats-refresh", SECOND).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        ran = true;
    }

    private static String path(String handle, PostData post) {
        return "/@" + handle + "/" + post.kind().pathSegment() + "/" + post.id();
    }

    private static String gunzip(byte[] stored) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(stored))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String served(String resource) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + resource)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
    }

    private List<Map<String, Object>> postRows() {
        return jdbc.queryForList("""
                SELECT organisation_id, creator_id, platform, platform_post_id, kind, image_count, url, caption, posted_at,
                       posted_at_approximate, tracked, first_seen_at, thumbnail_url FROM posts ORDER BY platform_post_id""");
    }

    /** Every snapshot column, the post named by its platform id (a post added again has a new id). */
    private List<Map<String, Object>> snapshotRows() {
        return jdbc.queryForList("""
                SELECT p.platform_post_id, s.organisation_id, s.observed_at, s.fetched_at, s.views, s.likes, s.comments, s.shares,
                       s.saves, s.exact_counts, s.suspect, s.suspect_reason
                  FROM post_stats_snapshots s JOIN posts p ON p.id = s.post_id ORDER BY p.platform_post_id, s.observed_at""");
    }

    private List<Map<String, Object>> latestRows() {
        return jdbc.queryForList("""
                SELECT p.platform_post_id, l.organisation_id, l.observed_at, l.fetched_at, l.views, l.likes, l.comments, l.shares,
                       l.saves, l.exact_counts
                  FROM post_stats_latest l JOIN posts p ON p.id = l.post_id ORDER BY p.platform_post_id""");
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @Test
    void everyDataFetchKeepsExactlyItsDataScriptOrApiBodyCompressedAndAFailedOrBlockedFetchKeepsNothing() throws Exception {
        List<Map<String, Object>> attempts = jdbc.queryForList("""
                SELECT a.job_name, a.observed_at, a.resource, a.outcome, r.payload_kind, r.outcome AS kept_outcome, r.body,
                       r.payload_bytes, r.compressed_bytes, r.response_bytes, r.post_id AS kept_post, a.post_id,
                       a.observed_at = ? AS first_slot
                  FROM fetch_attempts a LEFT JOIN raw_payloads r ON (r.job_name, r.observed_at, r.creator_id, r.resource)
                                                                  = (a.job_name, a.observed_at, a.creator_id, a.resource)
                 ORDER BY a.id""", FIRST.atOffset(ZoneOffset.UTC));

        assertThat(count("SELECT count(*) FROM raw_payloads")).isEqualTo(attempts.size() - 2);
        for (Map<String, Object> a : attempts) {
            String resource = (String) a.get("resource");
            if ((resource.equals(failedPath) || resource.equals(blockedPath)) && (boolean) a.get("first_slot")) {
                assertThat(a.get("outcome")).isEqualTo(resource.equals(failedPath) ? "FAILED" : "BLOCKED");
                assertThat(a.get("body")).as(resource + " kept nothing").isNull();
                continue;
            }
            assertThat(a.get("outcome")).as(resource).isEqualTo("DATA");
            assertThat(a.get("kept_outcome")).isEqualTo("DATA");
            assertThat(a.get("kept_post")).isEqualTo(a.get("post_id"));
            String text = gunzip((byte[]) a.get("body"));
            String answer = served(resource);
            assertThat(a.get("response_bytes")).isEqualTo(answer.getBytes(StandardCharsets.UTF_8).length);
            assertThat(a.get("payload_bytes")).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
            if (resource.startsWith("/api/")) {
                assertThat(a.get("payload_kind")).isEqualTo("API_BODY");
                assertThat(text).isEqualTo(answer.strip());
            } else {
                Matcher script = DATA_SCRIPT.matcher(answer);
                assertThat(script.find()).as(resource + " is a page with its data script").isTrue();
                assertThat(a.get("payload_kind")).isEqualTo("REHYDRATION_SCRIPT");
                assertThat(text).isEqualTo(script.group(1)).hasSizeLessThan(answer.length() - 200);
                assertThat((int) a.get("compressed_bytes")).as(resource).isLessThan(answer.length() / 2);
            }
        }
        assertThat(attempts).extracting(a -> a.get("job_name")).containsOnly("discovery", "stats-refresh");
    }

    @Test
    void reparseOfTheArchiveReproducesThePostsAndSnapshotsOfTheRunRowForRow() {
        List<Map<String, Object>> posts = postRows();
        List<Map<String, Object>> snapshots = snapshotRows();
        List<Map<String, Object>> latest = latestRows();
        long payloads = count("SELECT count(*) FROM raw_payloads");
        assertThat(snapshots).hasSize(2 * posts.size() - 2);
        jdbc.update("DELETE FROM post_stats_latest");
        jdbc.update("DELETE FROM post_stats_snapshots");
        // A post a payout line names stays (lines are never deleted, and they reference their post).
        int postsDeleted = jdbc.update("DELETE FROM posts WHERE id NOT IN (SELECT post_id FROM payout_accruals WHERE post_id IS NOT NULL)");

        ReparseSummary summary = reparse.run(ReparseRange.all());

        assertThat(summary).isEqualTo(new ReparseSummary(payloads, postsDeleted, snapshots.size(), 0, 0, 0, 0, 0, 0));
        assertThat(postRows()).isEqualTo(posts);
        assertThat(snapshotRows()).isEqualTo(snapshots);
        assertThat(latestRows()).isEqualTo(latest);
    }

    @Test
    void aCorrectedParserCorrectsAStoredSnapshotButNotThePayoutLineThatFrozeItAndASecondReparseChangesNothing() {
        List<Map<String, Object>> snapshots = snapshotRows();
        List<Map<String, Object>> latest = latestRows();
        String postId = (String) snapshots.getLast().get("platform_post_id");
        long rightViews = (long) snapshots.getLast().get("views");
        // What an old parser that read a rounded count would have stored: the views of the post's latest snapshot, off.
        jdbc.update("""
                UPDATE post_stats_snapshots s SET views = views - 7 FROM posts p
                 WHERE p.id = s.post_id AND p.platform_post_id = ? AND s.observed_at = ?""", postId, SECOND.atOffset(ZoneOffset.UTC));
        jdbc.update("UPDATE post_stats_latest l SET views = views - 7 FROM posts p WHERE p.id = l.post_id AND p.platform_post_id = ?",
                postId);
        long line = payoutLineOn(postId, rightViews - 7);
        long payloads = count("SELECT count(*) FROM raw_payloads");
        long pagePayloads = count("SELECT count(*) FROM raw_payloads WHERE job_name = 'stats-refresh'");

        ReparseSummary first = reparse.run(ReparseRange.all());
        ReparseSummary second = reparse.run(ReparseRange.all());

        assertThat(first).isEqualTo(new ReparseSummary(payloads, 0, 0, 1, pagePayloads - 1, 0, 0, 0, 1));
        assertThat(snapshotRows()).isEqualTo(snapshots);
        assertThat(latestRows()).isEqualTo(latest);
        assertThat(jdbc.queryForMap("SELECT views, amount::text AS amount FROM payout_accruals WHERE id = ?", line))
                .as("a line keeps the views it was computed from").isEqualTo(Map.of("views", rightViews - 7, "amount", "1.00"));
        assertThat(second).isEqualTo(new ReparseSummary(payloads, 0, 0, 0, pagePayloads, 0, 0, 0, 0));
        assertThat(second.changedNothing()).isTrue();
    }

    /** A CPM line that froze the post's snapshot of the second slot with {@code views}. */
    private long payoutLineOn(String platformPostId, long views) {
        Map<String, Object> post = jdbc.queryForMap("""
                SELECT p.id, p.organisation_id, p.creator_id, c.project_id FROM posts p JOIN creators c ON c.id = p.creator_id
                 WHERE p.platform_post_id = ?""", platformPostId);
        long structure = jdbc.queryForObject("""
                INSERT INTO payout_structures (organisation_id, project_id, name, kind, period, starts_on, cpm_rate)
                VALUES (?, ?, 'CPM', 'CPM', 'WEEKLY', DATE '2026-06-01', 1.00) RETURNING id""", Long.class,
                post.get("organisation_id"), post.get("project_id"));
        return jdbc.queryForObject("""
                INSERT INTO payout_accruals (organisation_id, project_id, structure_id, creator_id, kind, post_id, period_start,
                                             period_from, period_to, snapshot_observed_at, views, computed_amount, amount,
                                             qualified_at, accrued_at)
                VALUES (?, ?, ?, ?, 'CPM', ?, DATE '2026-06-01', ?, ?, ?, ?, 1.00, 1.00, ?, ?) RETURNING id""", Long.class,
                post.get("organisation_id"), post.get("project_id"), structure, post.get("creator_id"), post.get("id"),
                FIRST.atOffset(ZoneOffset.UTC), FIRST.plusSeconds(7 * 86_400).atOffset(ZoneOffset.UTC),
                SECOND.atOffset(ZoneOffset.UTC), views, FIRST.atOffset(ZoneOffset.UTC), SECOND.atOffset(ZoneOffset.UTC));
    }

    @Test
    void aReparsedReadingFarBelowTheLastGoodOneIsHeldAsSuspectAndNeverBecomesTheLatest() {
        List<Map<String, Object>> snapshots = snapshotRows();
        List<Map<String, Object>> latest = latestRows();
        Map<String, Object> second = snapshots.getLast();
        String postId = (String) second.get("platform_post_id");
        long views = (long) second.get("views");
        Object firstViews = snapshots.stream()
                .filter(row -> postId.equals(row.get("platform_post_id")) && !second.get("observed_at").equals(row.get("observed_at")))
                .findFirst().orElseThrow().get("views");
        // As if the first slot had read ten times the views: the second slot's reading is then a fall of 90 %.
        jdbc.update("""
                UPDATE post_stats_snapshots s SET views = ? FROM posts p
                 WHERE p.id = s.post_id AND p.platform_post_id = ? AND s.observed_at = ?""",
                10 * views + 1_000, postId, FIRST.atOffset(ZoneOffset.UTC));
        jdbc.update("""
                UPDATE post_stats_latest l SET observed_at = ?, views = ? FROM posts p WHERE p.id = l.post_id AND p.platform_post_id = ?""",
                FIRST.atOffset(ZoneOffset.UTC), 10 * views + 1_000, postId);
        jdbc.update("""
                DELETE FROM post_stats_snapshots s USING posts p
                 WHERE p.id = s.post_id AND p.platform_post_id = ? AND s.observed_at = ?""", postId, SECOND.atOffset(ZoneOffset.UTC));

        ReparseSummary summary = reparse.run(new ReparseRange("stats-refresh", SECOND, SECOND));

        assertThat(summary.snapshotsWritten()).isEqualTo(1);
        Map<String, Object> reread = jdbc.queryForMap("""
                SELECT s.views, s.suspect, s.suspect_reason FROM post_stats_snapshots s JOIN posts p ON p.id = s.post_id
                 WHERE p.platform_post_id = ? AND s.observed_at = ?""", postId, SECOND.atOffset(ZoneOffset.UTC));
        assertThat(reread).containsEntry("views", views).containsEntry("suspect", true);
        assertThat((String) reread.get("suspect_reason")).startsWith("views fell");
        assertThat(jdbc.queryForMap("""
                SELECT l.observed_at, l.views FROM post_stats_latest l JOIN posts p ON p.id = l.post_id WHERE p.platform_post_id = ?""",
                postId)).containsEntry("views", 10 * views + 1_000);

        // Put the run's rows back for the other tests: the first slot as read, the second written again from its payload.
        jdbc.update("""
                UPDATE post_stats_snapshots s SET views = ? FROM posts p
                 WHERE p.id = s.post_id AND p.platform_post_id = ? AND s.observed_at = ?""",
                firstViews, postId, FIRST.atOffset(ZoneOffset.UTC));
        jdbc.update("""
                DELETE FROM post_stats_snapshots s USING posts p
                 WHERE p.id = s.post_id AND p.platform_post_id = ? AND s.observed_at = ?""", postId, SECOND.atOffset(ZoneOffset.UTC));
        // The latest row too (the reparse writes it again), or the second slot would be judged against its inflated views.
        jdbc.update("DELETE FROM post_stats_latest l USING posts p WHERE p.id = l.post_id AND p.platform_post_id = ?", postId);
        reparse.run(new ReparseRange("stats-refresh", SECOND, SECOND));
        assertThat(snapshotRows()).isEqualTo(snapshots);
        assertThat(latestRows()).isEqualTo(latest);
    }

    @Test
    void aRangeReadsOnlyItsJobAndSlots() {
        long secondRefresh = count("SELECT count(*) FROM raw_payloads WHERE job_name = 'stats-refresh' AND observed_at = '"
                + SECOND + "'");

        ReparseSummary summary = reparse.run(new ReparseRange("stats-refresh", SECOND, SECOND));

        assertThat(summary).isEqualTo(new ReparseSummary(secondRefresh, 0, 0, 0, secondRefresh, 0, 0, 0, 0));
    }
}
