package io.herdbook.api.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.comments.CommentSweepJobConfiguration;
import io.herdbook.jobs.launch.JobLaunches;
import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.platform.PostKind;
import io.herdbook.jobs.testing.CapturedPages;
import io.herdbook.jobs.comments.sentiment.Sentiment;
import io.herdbook.jobs.comments.sentiment.SentimentScorer;
import io.herdbook.jobs.comments.sentiment.VaderScorer;
import io.herdbook.jobs.tracking.CreatorRef;
import io.herdbook.jobs.tracking.CreatorStore;
import io.herdbook.jobs.tracking.PostStore;
import io.herdbook.jobs.tracking.Sql;
import io.herdbook.jobs.tracking.TenantStore;
import io.herdbook.sandbox.Fault;
import io.herdbook.sandbox.Sandbox;
import io.herdbook.scheduler.control.LocalRuns;
import io.herdbook.scheduler.ledger.RunStatus;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Discovery, then comment-sweep, against the sandbox serving the real captures: the captured comment page of
 * post 7603296357641735445 lands in {@code comments} exactly once, whatever is rerun; a blocked comment
 * fetch writes nothing and is recorded.
 *
 * <p>The captures hold that post's comments but no page or list naming its author, so the sandbox's library
 * has no owner for it and discovery cannot find it. The test tracks it under a captured creator, as a post
 * discovery had found; the sandbox serves a post's comments by its id alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "herdbook.test.database.name=comment_sweep",
        "herdbook.platform.request-timeout=2s"})
class CommentSweepFunctionalTest {

    private static final String FIXTURE = "comment-list-2026-02-api-via-tikhub.json";
    private static final String CREATOR = "emthenutritionist";
    private static final String JOB = CommentSweepJobConfiguration.JOB_NAME;
    private static final AtomicLong SLOTS = new AtomicLong(Instant.parse("2026-02-10T00:00:00Z").getEpochSecond());
    private static Sandbox sandbox;
    private static boolean tracked;

    @Autowired LocalRuns runs;
    @Autowired JobLaunches launches;
    @Autowired JdbcTemplate jdbc;
    @Autowired TenantStore tenants;
    @Autowired CreatorStore creators;
    @Autowired PostStore posts;
    @Autowired SentimentScorer scorer;

    /** The captured page as the fixture says it, read independently of the parser. */
    private static JsonNode captured;
    private static String postId;

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) throws Exception {
        sandbox = TestSandbox.ofCaptures(registry);
        captured = JsonMapper.builder().build().readTree(Files.readString(CapturedPages.dir().resolve(FIXTURE))).path("data");
        postId = captured.path("comments").get(0).path("aweme_id").asString();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void trackTheCreatorAndTheCommentedPostOnce() throws Exception {
        if (!tracked) {
            assertThat(sandbox.library().ownerOf(postId)).as("no capture names the commented post's author").isEmpty();
            long organisation = tenants.ensureOrganisation("comments", "Comments");
            long creatorId = creators.register(tenants.ensureProject(organisation, "main", "Main"), CREATOR);
            assertThat(runs.run("discovery", nextSlot()).status()).isEqualTo(RunStatus.COMPLETED);
            CreatorRef creator = creators.list(organisation).stream().filter(c -> c.id() == creatorId).findFirst().orElseThrow();
            Instant postedAt = Instant.ofEpochSecond(Long.parseUnsignedLong(postId) >>> 32);
            posts.addAll(creator, List.of(new PostData(postId, PostKind.VIDEO, 0, "https://www.tiktok.com/@" + CREATOR + "/video/" + postId,
                    CREATOR, "", postedAt, true, null, false)), postedAt);
            tracked = true;
        }
        jdbc.update("DELETE FROM comments");
        jdbc.update("UPDATE posts SET comments_swept_at = NULL");
    }

    @AfterEach
    void clearFaults() {
        sandbox.faults().clear();
    }

    private static Instant nextSlot() {
        return Instant.ofEpochSecond(SLOTS.getAndAdd(Duration.ofHours(6).toSeconds()));
    }

    private long storedComments() {
        return jdbc.queryForObject("SELECT count(*) FROM comments c JOIN posts p ON p.id = c.post_id WHERE p.platform_post_id = ?",
                Long.class, postId);
    }

    private Map<String, Object> stored(String commentId) {
        return jdbc.queryForMap("SELECT text, likes, replies, posted_at, first_seen_at FROM comments WHERE platform_comment_id = ?", commentId);
    }

    private Instant sweptAt() {
        return jdbc.queryForObject("SELECT comments_swept_at FROM posts WHERE platform_post_id = ?",
                (rs, i) -> Sql.instant(rs, "comments_swept_at"), postId);
    }

    private List<Map<String, Object>> attempts(Instant slot) {
        return jdbc.queryForList("""
                SELECT a.resource, a.outcome, a.http_status FROM fetch_attempts a JOIN posts p ON p.id = a.post_id
                 WHERE a.job_name = ? AND a.observed_at = ? AND p.platform_post_id = ? ORDER BY a.id""",
                JOB, Sql.utc(slot), postId);
    }

    @Test
    void theSweepStoresEveryCapturedCommentOnceWithItsTextAndLikes() {
        JsonNode first = captured.path("comments").get(0);
        JsonNode second = captured.path("comments").get(1);
        Instant slot = nextSlot();

        assertThat(runs.run(JOB, slot).status()).isEqualTo(RunStatus.COMPLETED);

        assertThat(storedComments()).isEqualTo(captured.path("comments").size()).isEqualTo(19);
        assertThat(stored(first.path("cid").asString())).containsEntry("text", first.path("text").asString())
                .containsEntry("likes", first.path("digg_count").asLong());
        assertThat(stored("7603308235172496150")).containsEntry("text", "Hi oyyyyyyyyy ❤️🥀😁").containsEntry("likes", 0L)
                .containsEntry("text", second.path("text").asString());
        assertThat(stored("7603301260598838032")).containsEntry("likes", 2L);
        assertThat(sweptAt()).isEqualTo(slot);
        // Every comment carries what the application's scorer (the real one) makes of its text.
        assertThat(scorer).isInstanceOf(VaderScorer.class);
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT text, image_count, sentiment, sentiment_score FROM comments");
        assertThat(rows).hasSize(19).allSatisfy(row -> {
            Sentiment expected = scorer.score((String) row.get("text"), (Integer) row.get("image_count"));
            assertThat(row.get("sentiment")).isEqualTo(expected.label().name());
            assertThat(row.get("sentiment_score")).isEqualTo(expected.compound());
        });
        assertThat(rows).extracting(row -> row.get("sentiment")).contains("POSITIVE");
        // The captured first page says has_more with cursor 20; the sandbox's page at 20 is the empty last one.
        assertThat(attempts(slot)).extracting(a -> a.get("outcome")).containsExactly("DATA", "DATA");
        assertThat(attempts(slot)).extracting(a -> (String) a.get("resource"))
                .allMatch(resource -> resource.startsWith("/api/comment/list?aweme_id=" + postId));
    }

    @Test
    void rerunningTheSameSlotOrANewOneAddsNoRowsAndPutsLikesBackToThePlatformsCount() throws Exception {
        String likedComment = "7603301260598838032";
        Instant slot = nextSlot();
        assertThat(runs.run(JOB, slot).status()).isEqualTo(RunStatus.COMPLETED);
        Map<String, Object> firstSighting = stored(likedComment);
        jdbc.update("UPDATE comments SET likes = 0, text = 'as first stored' WHERE platform_comment_id = ?", likedComment);

        assertThat(runs.run(JOB, slot).status()).as("a completed period is not run again").isEqualTo(RunStatus.COMPLETED);
        assertThat(stored(likedComment)).containsEntry("likes", 0L);
        assertThat(launches.runOrResume(JOB, slot, 1).getStatus()).as("a forced re-run of the same slot").isEqualTo(BatchStatus.COMPLETED);
        assertThat(runs.run(JOB, nextSlot()).status()).isEqualTo(RunStatus.COMPLETED);

        assertThat(storedComments()).isEqualTo(19);
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT (post_id, platform_comment_id)) FROM comments", Long.class))
                .isEqualTo(jdbc.queryForObject("SELECT count(*) FROM comments", Long.class));
        assertThat(stored(likedComment)).containsEntry("likes", 2L).containsEntry("text", "as first stored")
                .containsEntry("first_seen_at", firstSighting.get("first_seen_at"))
                .containsEntry("posted_at", firstSighting.get("posted_at"));
    }

    @Test
    void aBlockedCommentFetchWritesNothingLeavesThePostUnsweptAndIsRecordedBlocked() {
        sandbox.faults().set("/api/comment/list", new Fault.Blocked("akamai-403"));
        Instant slot = nextSlot();

        assertThat(runs.run(JOB, slot).status()).isEqualTo(RunStatus.COMPLETED);

        assertThat(storedComments()).isZero();
        assertThat(sweptAt()).isNull();
        assertThat(attempts(slot)).singleElement().satisfies(attempt -> {
            assertThat(attempt.get("outcome")).isEqualTo("BLOCKED");
            assertThat(attempt.get("http_status")).isEqualTo(403);
        });
    }
}
