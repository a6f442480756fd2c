package io.herdbook.jobs.comments;

import static io.herdbook.jobs.comments.ScriptedComments.comment;
import static io.herdbook.jobs.testing.TrackingData.aCreator;
import static io.herdbook.jobs.testing.TrackingData.aPost;
import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.JobsProperties;
import io.herdbook.jobs.platform.CommentData;
import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage.CommentListPage;
import io.herdbook.jobs.platform.ParsedPage.NoData;
import io.herdbook.jobs.platform.PostKind;
import io.herdbook.jobs.testing.MigratedDatabase;
import io.herdbook.jobs.testing.TestSentimentScorer;
import io.herdbook.jobs.tracking.CreatorRef;
import io.herdbook.jobs.tracking.FetchAttemptStore;
import io.herdbook.jobs.tracking.PostStore;
import io.herdbook.jobs.tracking.Sql;
import io.herdbook.jobs.tracking.TrackedPost;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A post's sweep from processor to table on a real PostgreSQL: comments upserted by (post, comment id) with
 * their text and sentiment kept as first stored, the post marked swept, every request recorded; a blocked
 * first page writes nothing but its attempt.
 */
class CommentSweepWriterIntegrationTest {

    private static final Instant SLOT = Instant.parse("2026-03-10T06:00:00Z");
    private static final Instant NEXT_SLOT = Instant.parse("2026-03-10T12:00:00Z");

    private final JdbcTemplate jdbc = MigratedDatabase.named("comment_sweep_writer");
    private final ScriptedComments platform = new ScriptedComments();
    private final CommentWalk walk = new CommentWalk(platform, new JobsProperties.Comments(100, 50, 20));

    private TrackedPost aTrackedPost(String platformPostId) {
        CreatorRef creator = aCreator().insertInto(jdbc);
        new PostStore(jdbc).addAll(creator, List.of(aPost(platformPostId).build()), SLOT);
        long id = jdbc.queryForObject("SELECT id FROM posts WHERE creator_id = ?", Long.class, creator.id());
        return new TrackedPost(id, creator.organisationId(), creator.id(), creator.handle(), platformPostId, PostKind.VIDEO);
    }

    private void sweep(TrackedPost post, Instant slot) throws Exception {
        Clock clock = Clock.fixed(slot.plusSeconds(42), ZoneOffset.UTC);
        SweepResult result = new PostCommentSweep(walk, new TestSentimentScorer(), clock, slot).process(post);
        new CommentSweepWriter(new CommentStore(jdbc), new FetchAttemptStore(jdbc), clock, slot).write(Chunk.of(result));
    }

    private List<Map<String, Object>> commentsOf(TrackedPost post) {
        return jdbc.queryForList("""
                SELECT platform_comment_id, text, likes, sentiment, sentiment_score, unscored_reason, first_seen_at, updated_at
                  FROM comments WHERE post_id = ? ORDER BY platform_comment_id""", post.id());
    }

    private Instant sweptAt(TrackedPost post) {
        return jdbc.queryForObject("SELECT comments_swept_at FROM posts WHERE id = ?", (rs, i) -> Sql.instant(rs, "comments_swept_at"), post.id());
    }

    private List<Map<String, Object>> attemptsOf(TrackedPost post) {
        return jdbc.queryForList("SELECT resource, outcome, http_status, observed_at, attempts FROM fetch_attempts WHERE post_id = ? ORDER BY id",
                post.id());
    }

    @Test
    void aSweptPostsCommentsAreStoredScoredAndThePostIsMarkedSwept() throws Exception {
        TrackedPost post = aTrackedPost("7603296357641735445");
        CommentData image = new CommentData("2", post.platformPostId(), "fan2", "", 1, Instant.parse("2026-03-01T12:00:00Z"), 0, 0);
        platform.pages((id, cursor) -> new CommentListPage(List.of(comment(id, "1", "so nice", 3), image), "2", false, 2L));

        sweep(post, SLOT);

        assertThat(commentsOf(post)).hasSize(2);
        assertThat(commentsOf(post).get(0)).containsEntry("text", "so nice").containsEntry("likes", 3L)
                .containsEntry("sentiment", "POSITIVE").containsEntry("sentiment_score", TestSentimentScorer.POSITIVE);
        assertThat(commentsOf(post).get(1)).containsEntry("text", "").containsEntry("sentiment", "UNSCORED")
                .containsEntry("unscored_reason", "image only").containsEntry("sentiment_score", null);
        assertThat(sweptAt(post)).isEqualTo(SLOT);
        assertThat(attemptsOf(post)).singleElement().satisfies(attempt -> {
            assertThat(attempt.get("outcome")).isEqualTo("DATA");
            assertThat((String) attempt.get("resource")).startsWith("/api/comment/list?aweme_id=7603296357641735445");
        });
    }

    @Test
    void aLaterSweepUpdatesLikesAndKeepsTextSentimentAndFirstSightingAddingNoRows() throws Exception {
        TrackedPost post = aTrackedPost("7603296357641735446");
        platform.pages((id, cursor) -> new CommentListPage(List.of(comment(id, "1", "so nice", 3)), "1", false, 1L));
        sweep(post, SLOT);
        Map<String, Object> first = commentsOf(post).getFirst();
        platform.pages((id, cursor) -> new CommentListPage(List.of(comment(id, "1", "edited: i hate it", 9)), "1", false, 1L));

        sweep(post, SLOT);
        sweep(post, NEXT_SLOT);

        assertThat(commentsOf(post)).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("likes", 9L).containsEntry("text", "so nice").containsEntry("sentiment", "POSITIVE")
                    .containsEntry("first_seen_at", first.get("first_seen_at"));
            assertThat(row.get("updated_at")).isNotEqualTo(first.get("updated_at"));
        });
        assertThat(sweptAt(post)).isEqualTo(NEXT_SLOT);
        assertThat(attemptsOf(post)).extracting(a -> a.get("attempts")).containsExactly(2, 1);
    }

    @Test
    void anOlderSlotSweptLateNeverMovesTheSweptTimeBack() throws Exception {
        TrackedPost post = aTrackedPost("7603296357641735447");
        platform.pages((id, cursor) -> new CommentListPage(List.of(comment(id, "1", "ok", 0)), "1", false, 1L));

        sweep(post, NEXT_SLOT);
        sweep(post, SLOT);

        assertThat(sweptAt(post)).isEqualTo(NEXT_SLOT);
    }

    @Test
    void aBlockedFetchWritesNoCommentsLeavesThePostUnsweptAndIsRecordedBlocked() throws Exception {
        TrackedPost post = aTrackedPost("7603296357641735448");
        platform.pages((id, cursor) -> new NoData(Outcome.BLOCKED, "http 403 AkamaiGHost"));

        sweep(post, SLOT);

        assertThat(commentsOf(post)).isEmpty();
        assertThat(sweptAt(post)).isNull();
        assertThat(attemptsOf(post)).singleElement().satisfies(attempt -> {
            assertThat(attempt.get("outcome")).isEqualTo("BLOCKED");
            assertThat(attempt.get("http_status")).isEqualTo(403);
        });
    }
}
