package io.herdbook.api.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.api.cli.Cli;
import io.herdbook.jobs.testing.CapturedPages;
import io.herdbook.jobs.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code herdbook demo --exit} end to end, as a user runs it: sandbox on loopback, a real PostgreSQL,
 * both Spring Batch jobs, the printed table. Each test has a database of its own.
 */
class DemoCommandFunctionalTest {

    /** Follower counts as the captures state them (user-level statsV2 where present, else the stats ints). */
    private static final Map<String, Long> FOLLOWERS_IN_CAPTURES = Map.of(
            "tiktok", 50_100_000L,
            "dylanlemay", 11_200_000L,
            "mariannas_pantry", 830_600L,
            "rapvietvevo", 303_800L,
            "alcaldiasa", 38_490L,
            "zg.520", 427_682L,
            "emthenutritionist", 931_000L,
            "merveilleux123", 1_800_000L,
            "mu33.__", 5_478L);

    private record Run(int status, String out) {
    }

    private static Run demo(TestDatabase.Connection db, String... options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new java.util.ArrayList<>(List.of("demo", "--exit"));
        args.addAll(List.of(options));
        args.addAll(List.of("--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(),
                "--spring.datasource.password=" + db.password()));
        int status = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args.toArray(String[]::new));
        return new Run(status, out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theTableShowsEveryCapturedCreatorWithTheFollowersAndViewsOfTheCaptures() {
        Path pages = CapturedPages.dir();
        TestDatabase.Connection db = TestDatabase.database("demo_captures_table");

        Run run = demo(db, "--pages", pages.toString());

        assertThat(run.status()).as(run.out()).isZero();
        assertThat(run.out()).contains("discovery for slot").contains("stats-refresh for slot").doesNotContain("FAILED");
        FOLLOWERS_IN_CAPTURES.forEach((handle, followers) -> assertThat(run.out())
                .as("table row of @%s", handle)
                .containsPattern("(?m)^@" + Pattern.quote(handle) + " +" + followers + " "));
        // Totals are sums of the captured views, printed in full (never 2.9M).
        assertThat(run.out()).containsPattern("(?m)^@emthenutritionist +931000 +1 +2900000 +DATA$");
        assertThat(run.out()).containsPattern("(?m)^@mu33\\.__ +5478 +1 +174 +DATA$");
        assertThat(run.out()).containsPattern("(?m)^@dylanlemay +11200000 +30 +\\d+ +DATA$");
        TestSql sql = new TestSql(db);
        assertThat(sql.rows("""
                SELECT p.kind, p.image_count, l.views, l.likes, l.comments, l.shares, l.saves FROM posts p
                  JOIN post_stats_latest l ON l.post_id = p.id WHERE p.platform_post_id = '7610426235671350549'"""))
                .containsExactly(Map.of("kind", "PHOTO", "image_count", 4, "views", 174L, "likes", 22L, "comments", 13L,
                        "shares", 27L, "saves", 1L));
        assertThat(sql.rows("""
                SELECT l.views, l.likes, l.comments, l.shares, l.saves, l.exact_counts FROM posts p
                  JOIN post_stats_latest l ON l.post_id = p.id WHERE p.platform_post_id = '7608826249200356630'"""))
                .containsExactly(Map.of("views", 2_900_000L, "likes", 105_200L, "comments", 499L, "shares", 42_400L,
                        "saves", 124_842L, "exact_counts", true));
        assertThat(sql.rows("""
                SELECT l.views, l.likes, l.comments, l.shares FROM posts p JOIN post_stats_latest l ON l.post_id = p.id
                 WHERE p.platform_post_id = '7203022122757803307'"""))
                .containsExactly(Map.of("views", 101_500L, "likes", 15_500L, "comments", 64L, "shares", 16L));
    }

    @Test
    void theHeadlessBrowserFetcherReadsTheSamePagesToTheSameTable() {
        Path pages = CapturedPages.dir();
        TestDatabase.Connection db = TestDatabase.database("demo_captures_browser");

        Run run = demo(db, "--pages", pages.toString(), "--herdbook.platform.page-fetcher=BROWSER");

        assertThat(run.status()).as(run.out()).isZero();
        assertThat(run.out()).containsPattern("(?m)^@emthenutritionist +931000 +1 +2900000 +DATA$")
                .containsPattern("(?m)^@mu33\\.__ +5478 +1 +174 +DATA$")
                .containsPattern("(?m)^@alcaldiasa +38490 +0 +- +DATA$");
    }

    @Test
    void runningTheDemoTwiceKeepsThePostsAndAddsExactlyOneSnapshotPerPostPerRun() throws InterruptedException {
        Path pages = CapturedPages.dir();
        TestDatabase.Connection db = TestDatabase.database("demo_captures_rerun");
        TestSql sql = new TestSql(db);

        assertThat(demo(db, "--pages", pages.toString()).status()).isZero();
        long posts = sql.count("SELECT count(*) FROM posts");
        long snapshots = sql.count("SELECT count(*) FROM post_stats_snapshots");
        long creatorSnapshots = sql.count("SELECT count(*) FROM creator_snapshots");
        Thread.sleep(1_100); // the demo's slot has second precision: the second run must fall in the next slot
        assertThat(demo(db, "--pages", pages.toString()).status()).isZero();

        assertThat(posts).isGreaterThanOrEqualTo(40);
        assertThat(snapshots).isEqualTo(posts);
        assertThat(sql.count("SELECT count(*) FROM posts")).isEqualTo(posts);
        assertThat(sql.count("SELECT count(*) FROM post_stats_snapshots")).isEqualTo(2 * posts);
        assertThat(sql.count("SELECT count(*) FROM creator_snapshots")).isEqualTo(2 * creatorSnapshots);
        assertThat(sql.count("SELECT count(*) FROM (SELECT post_id FROM post_stats_snapshots GROUP BY post_id HAVING count(*) <> 2) odd"))
                .isZero();
        assertThat(sql.count("SELECT count(DISTINCT observed_at) FROM post_stats_snapshots")).isEqualTo(2);
    }

    @Test
    void withNoCapturesBesideItTheDemoCompletesOnGeneratedPages() {
        TestDatabase.Connection db = TestDatabase.database("demo_generated");
        // The tests run in the module folder, so the default ../shared/fixtures/tiktok-real is not there.
        assertThat(Path.of("../shared/fixtures/tiktok-real")).doesNotExist();

        Run run = demo(db);

        assertThat(run.status()).as(run.out()).isZero();
        assertThat(run.out()).contains("generated pages");
        TestSql sql = new TestSql(db);
        assertThat(sql.count("SELECT count(*) FROM creators")).isEqualTo(3);
        assertThat(sql.count("SELECT count(*) FROM posts")).isPositive();
        assertThat(sql.count("SELECT count(*) FROM post_stats_latest")).isEqualTo(sql.count("SELECT count(*) FROM posts"));
        assertThat(sql.count("SELECT count(*) FROM fetch_attempts WHERE outcome <> 'DATA'")).isZero();
    }

    @Test
    void aPagesFolderThatIsNotThereIsAUsageErrorNotASilentFallback(@TempDir Path dir) {
        Run run = demo(TestDatabase.get(), "--pages", dir.resolve("typo").toString());

        assertThat(run.status()).isEqualTo(Cli.USAGE);
        assertThat(run.out()).contains("is not a folder");
    }

    @Test
    void aNamedFolderWithoutCapturesIsAUsageErrorNotASilentFallback(@TempDir Path empty) {
        Run run = demo(TestDatabase.get(), "--pages", empty.toString());

        assertThat(run.status()).isEqualTo(Cli.USAGE);
        assertThat(run.out()).contains("holds no captured pages");
    }

    @Test
    void aPagesOptionWithoutAFolderIsAUsageError() {
        Run run = demo(TestDatabase.get(), "--pages");

        assertThat(run.status()).isEqualTo(Cli.USAGE);
        assertThat(run.out()).contains("--pages needs a value");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        TestDatabase.Connection db = TestDatabase.get();

        Run run = demo(db, "--colour");

        assertThat(run.status()).isEqualTo(Cli.USAGE);
        assertThat(run.out()).contains("unknown option --colour");
    }
}
