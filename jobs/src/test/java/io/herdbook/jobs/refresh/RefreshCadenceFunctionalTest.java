package io.herdbook.jobs.refresh;

import static io.herdbook.jobs.testing.TrackingData.aCreator;
import static io.herdbook.jobs.testing.TrackingData.aPost;
import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.JobsConfiguration;
import io.herdbook.jobs.archive.ArchiveConfiguration;
import io.herdbook.jobs.archive.RawArchiveStore;
import io.herdbook.jobs.launch.JobLaunches;
import io.herdbook.jobs.partition.PartitionConfiguration;
import io.herdbook.jobs.partition.PartitionProgress;
import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.platform.PostKind;
import io.herdbook.jobs.platform.PostStats;
import io.herdbook.jobs.source.PlatformSource;
import io.herdbook.jobs.source.SourceAnswer;
import io.herdbook.jobs.testing.SettableClock;
import io.herdbook.jobs.tracking.CreatorRef;
import io.herdbook.jobs.tracking.CreatorStatus;
import io.herdbook.jobs.tracking.FetchAttempt;
import io.herdbook.jobs.tracking.FetchAttemptStore;
import io.herdbook.jobs.tracking.PostStore;
import io.herdbook.jobs.tracking.Sql;
import io.herdbook.jobs.tracking.StatsStore;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real stats-refresh job over a seeded set of posts of every kind and age: each run fetches exactly the posts due
 * at its slot (counted per post, in the platform and in {@code fetch_attempts}), a second run of a slot fetches none,
 * later slots fetch what became due, and untracked posts or posts of creators that are not active are never fetched.
 * The database is this class's own, so the job's counts are this scenario's posts only.
 */
@SpringBootTest(classes = RefreshCadenceFunctionalTest.Jobs.class, properties = {
        "herdbook.test.database.name=refresh_cadence",
        "spring.batch.job.enabled=false",
        "spring.batch.jdbc.initialize-schema=never"})
class RefreshCadenceFunctionalTest {

    /** This run's first slot; a slot no earlier run used, since an external test database keeps its job instances. */
    private static final Instant B = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Autowired JobLaunches launches;
    @Autowired JdbcTemplate jdbc;
    @Autowired PostStore posts;
    @Autowired StatsStore stats;
    @Autowired FetchAttemptStore attempts;
    @Autowired CountingSource source;
    @Autowired SettableClock clock;

    private final Map<String, Long> ids = new LinkedHashMap<>();

    @Test
    void eachSlotFetchesExactlyThePostsDueByKindAndAgeAndNothingElse() throws Exception {
        // given an active creator's posts: (name, kind, age at B, a good snapshot?, last stats-refresh attempt before B)
        CreatorRef active = aCreator().insertInto(jdbc);
        seed(active, "v1", PostKind.VIDEO, Duration.ofHours(2), true, Duration.ofMinutes(30));   // <1d: 30 min → due
        seed(active, "v2", PostKind.VIDEO, Duration.ofHours(2), true, Duration.ofMinutes(15));   // 15 of 30 min
        seed(active, "v3", PostKind.VIDEO, Duration.ofDays(3), true, Duration.ofMinutes(105));   // <7d: 2 h
        seed(active, "v4", PostKind.VIDEO, Duration.ofDays(60), true, Duration.ofDays(2));       // older: 3 d
        seed(active, "v5", PostKind.VIDEO, Duration.ofDays(60), false, null);                    // never tried → due
        seed(active, "v6", PostKind.VIDEO, Duration.ofDays(60), false, Duration.ofMinutes(30));  // failing, no stats: age 0 → 30 min → due
        seed(active, "v7", PostKind.VIDEO, Duration.ofDays(60), false, Duration.ofMinutes(15));  // failing, tried 15 min ago
        seed(active, "p1", PostKind.PHOTO, Duration.ofHours(2), true, Duration.ofMinutes(30));   // photo <1d: 1 h
        seed(active, "p2", PostKind.PHOTO, Duration.ofDays(10), true, Duration.ofDays(1));       // photo <30d: 1 d → due
        seed(active, "untracked", PostKind.VIDEO, Duration.ofHours(2), false, null);
        jdbc.update("UPDATE posts SET tracked = false WHERE id = ?", ids.get("untracked"));
        // and never-tried posts of creators that are disabled, private or gone
        for (CreatorStatus status : List.of(CreatorStatus.DISABLED, CreatorStatus.PRIVATE, CreatorStatus.NOT_FOUND)) {
            seed(aCreator().status(status).insertInto(jdbc), status.name(), PostKind.VIDEO, Duration.ofHours(2), false, null);
        }

        // when the slot B runs, then runs again (a new revision), then B + 15 min, B + 30 min and B + 1 day
        Set<String> atB = run(B, 0);
        Set<String> atBAgain = run(B, 1);
        Set<String> at15 = run(B.plus(Duration.ofMinutes(15)), 0);
        Set<String> at30 = run(B.plus(Duration.ofMinutes(30)), 0);
        Set<String> atDay = run(B.plus(Duration.ofDays(1)), 0);

        // then
        assertThat(atB).containsExactlyInAnyOrder("v1", "v5", "v6", "p2");
        assertThat(atBAgain).isEmpty();
        assertThat(at15).containsExactlyInAnyOrder("v2", "v3", "v7");
        assertThat(at30).containsExactlyInAnyOrder("v1", "p1");
        assertThat(atDay).containsExactlyInAnyOrder("v1", "v2", "v3", "v4", "p1", "p2");
        // every fetch left one attempt row of its slot, besides the seeded one; the others never cost a fetch
        assertThat(attemptRowsPerPost()).isEqualTo(new TreeMap<>(Map.ofEntries(
                Map.entry("v1", 4L), Map.entry("v2", 3L), Map.entry("v3", 3L), Map.entry("v4", 2L), Map.entry("v5", 1L),
                Map.entry("v6", 2L), Map.entry("v7", 2L), Map.entry("p1", 3L), Map.entry("p2", 3L))));
        assertThat(source.fetches()).isEqualTo(4 + 3 + 2 + 6);
        // and each post page refreshed what the post lacked, wiping nothing: videos' pages carry a caption, a cover and
        // the exact time (10 s after the id's), photos' pages none of them
        assertThat(stored("v1")).isEqualTo(new Stored("page caption v1", B.minus(Duration.ofHours(2)), false, "https://cdn/v1.jpg"));
        assertThat(stored("v5")).as("the approximate time gives way to the exact one")
                .isEqualTo(new Stored("page caption v5", B.minus(Duration.ofDays(60)).plusSeconds(10), false, "https://cdn/v5.jpg"));
        assertThat(stored("p1")).isEqualTo(new Stored("caption of " + platformIdOf("p1"), B.minus(Duration.ofHours(2)), false, null));
        // v4's page at B + 1 day fell from 1000 to 100 views: written as evidence, held as suspect, the latest kept
        Instant v4Seeded = B.minus(Duration.ofDays(2));
        assertThat(jdbc.queryForList("""
                SELECT observed_at, views, suspect, suspect_reason FROM post_stats_snapshots WHERE post_id = ? ORDER BY observed_at
                """, ids.get("v4"))).extracting(r -> ((java.sql.Timestamp) r.get("observed_at")).toInstant(), r -> r.get("views"),
                        r -> r.get("suspect"), r -> r.get("suspect_reason"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(v4Seeded, 1_000L, false, null),
                        org.assertj.core.groups.Tuple.tuple(B.plus(Duration.ofDays(1)), 100L, true,
                                "views fell 90% (1000 to 100) below the last good snapshot of " + v4Seeded));
        assertThat(jdbc.queryForObject("SELECT views FROM post_stats_latest WHERE post_id = ?", Long.class, ids.get("v4")))
                .isEqualTo(1_000L);
        assertThat(stored("untracked")).isEqualTo(new Stored("caption of " + platformIdOf("untracked"), B.minus(Duration.ofHours(2)),
                false, null));
    }

    private record Stored(String caption, Instant postedAt, boolean approximate, String thumbnail) {
    }

    private Stored stored(String name) {
        return jdbc.queryForObject("SELECT caption, posted_at, posted_at_approximate, thumbnail_url FROM posts WHERE id = ?",
                (rs, i) -> new Stored(rs.getString("caption"), Sql.instant(rs, "posted_at"), rs.getBoolean("posted_at_approximate"),
                        rs.getString("thumbnail_url")), ids.get(name));
    }

    private String platformIdOf(String name) {
        return jdbc.queryForObject("SELECT platform_post_id FROM posts WHERE id = ?", String.class, ids.get(name));
    }

    /** Runs stats-refresh for the slot and returns the posts it fetched, checking the job read exactly those. */
    private Set<String> run(Instant slot, int revision) throws Exception {
        clock.set(slot.plusSeconds(7));
        Map<String, Integer> before = source.perPost();
        JobExecution execution = launches.runOrResume(StatsRefreshJobConfiguration.JOB_NAME, slot, revision);
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Set<String> fetched = new java.util.TreeSet<>();
        source.perPost().forEach((platformId, n) -> {
            if (n > before.getOrDefault(platformId, 0)) {
                fetched.add(nameOf(platformId));
            }
        });
        long read = execution.getStepExecutions().stream().filter(s -> s.getStepName().startsWith("statsRefreshWorkerStep"))
                .mapToLong(StepExecution::getReadCount).sum();
        long counted = execution.getStepExecutions().stream().filter(s -> s.getStepName().startsWith("statsRefreshWorkerStep"))
                .mapToLong(s -> s.getExecutionContext().getLong("partition.items")).sum();
        assertThat(read).as("posts read into Java at " + slot).isEqualTo(fetched.size());
        assertThat(counted).as("posts the manager counted at " + slot).isEqualTo(fetched.size());
        return fetched;
    }

    private void seed(CreatorRef creator, String name, PostKind kind, Duration age, boolean snapshot, Duration triedAgo) {
        String platformId = String.valueOf(7_600_000_000_000_000_000L + ids.size());
        PostData post = kind == PostKind.PHOTO ? aPost(platformId).photo().postedAt(B.minus(age)).build()
                : "v5".equals(name) ? aPost(platformId).postedAt(B.minus(age)).approximateTime().build()
                : aPost(platformId).postedAt(B.minus(age)).build();
        posts.addAll(creator, List.of(post), B.minus(age));
        long id = jdbc.queryForObject("SELECT id FROM posts WHERE creator_id = ? AND platform_post_id = ?", Long.class,
                creator.id(), platformId);
        ids.put(name, id);
        source.name(platformId, name, B.minus(age));
        Instant tried = triedAgo == null ? null : B.minus(triedAgo);
        if (snapshot) {
            stats.record(creator.organisationId(), id, new PostStats(1_000, 100, 10, 5, 2L, true), tried, tried);
        }
        if (tried != null) {
            attempts.record(List.of(new FetchAttempt(creator.organisationId(), creator.id(), id, StatsRefreshJobConfiguration.JOB_NAME,
                    tried, "/@" + creator.handle() + "/" + kind.pathSegment() + "/" + platformId,
                    snapshot ? Outcome.DATA : Outcome.FAILED, snapshot ? null : "timed out", snapshot ? 200 : null,
                    Duration.ofMillis(20), tried)));
        }
    }

    private Map<String, Long> attemptRowsPerPost() {
        Map<String, Long> rows = new TreeMap<>();
        jdbc.query("SELECT post_id, count(*) AS n, sum(attempts) AS tries FROM fetch_attempts WHERE job_name = 'stats-refresh' "
                + "AND post_id = ANY (?) GROUP BY post_id", rs -> {
            assertThat(rs.getLong("tries")).as("one try per row").isEqualTo(rs.getLong("n"));
            rows.put(nameOfId(rs.getLong("post_id")), rs.getLong("n"));
        }, (Object) ids.values().toArray(Long[]::new));
        return rows;
    }

    private String nameOf(String platformId) {
        return source.names.get(platformId);
    }

    private String nameOfId(long id) {
        return ids.entrySet().stream().filter(e -> e.getValue() == id).findFirst().orElseThrow().getKey();
    }

    /**
     * The platform as this test scripts it: every post page is that post, with more views than seeded, its exact time
     * 10 s after the stored one, and for videos a caption and a cover (v4's page has a tenth of its views); fetches counted.
     */
    static final class CountingSource implements PlatformSource {

        private final Map<String, AtomicInteger> fetches = new ConcurrentHashMap<>();
        final Map<String, String> names = new ConcurrentHashMap<>();
        private final Map<String, Instant> postedAt = new ConcurrentHashMap<>();

        void name(String platformId, String name, Instant posted) {
            names.put(platformId, name);
            postedAt.put(platformId, posted);
        }

        Map<String, Integer> perPost() {
            Map<String, Integer> copy = new TreeMap<>();
            fetches.forEach((id, n) -> copy.put(id, n.get()));
            return copy;
        }

        int fetches() {
            return fetches.values().stream().mapToInt(AtomicInteger::get).sum();
        }

        @Override
        public SourceAnswer post(String handle, PostKind kind, String postId) {
            fetches.computeIfAbsent(postId, id -> new AtomicInteger()).incrementAndGet();
            boolean video = kind == PostKind.VIDEO;
            PostData page = new PostData(postId, kind, 0, "https://www.tiktok.com/@" + handle + "/" + kind.pathSegment() + "/" + postId,
                    handle, video ? "page caption " + names.get(postId) : "", postedAt.get(postId).plusSeconds(10), false,
                    new PostStats("v4".equals(names.get(postId)) ? 100 : 2_000, 200, 20, 10, 4L, true), false,
                    video ? "https://cdn/" + names.get(postId) + ".jpg" : null);
            return new SourceAnswer("/@" + handle + "/" + kind.pathSegment() + "/" + postId, new ParsedPage.PostPage(page), 200,
                    Duration.ofMillis(5));
        }

        @Override
        public SourceAnswer profile(String handle) {
            throw new AssertionError("stats-refresh fetches post pages only");
        }

        @Override
        public SourceAnswer postList(String secUid, String cursor, int count) {
            throw new AssertionError("stats-refresh fetches post pages only");
        }

        @Override
        public SourceAnswer comments(String postId, String cursor, int count) {
            throw new AssertionError("stats-refresh fetches post pages only");
        }
    }

    /** stats-refresh with its stores and the launcher, over Boot's Batch, JDBC and Flyway auto-configuration. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({JobsConfiguration.class, PartitionConfiguration.class, StatsRefreshJobConfiguration.class, JobLaunches.class,
            PostStore.class, StatsStore.class, FetchAttemptStore.class, ArchiveConfiguration.class, RawArchiveStore.class})
    static class Jobs {

        // Primary: the imported JobsConfiguration registers its own clock and source before these are seen.
        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock(B);
        }

        @Bean
        @Primary
        CountingSource countingSource() {
            return new CountingSource();
        }

        @Bean
        PartitionProgress noProgress() {
            return chunk -> {
            };
        }
    }
}
