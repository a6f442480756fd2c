package io.herdbook.jobs.comments;

import static io.herdbook.jobs.testing.TrackingData.aCreator;
import static io.herdbook.jobs.testing.TrackingData.aPost;
import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.partition.CreatorHashSlice;
import io.herdbook.jobs.testing.MigratedDatabase;
import io.herdbook.jobs.tracking.CreatorRef;
import io.herdbook.jobs.tracking.CreatorStatus;
import io.herdbook.jobs.tracking.PostStore;
import io.herdbook.jobs.tracking.Sql;
import io.herdbook.jobs.tracking.TrackedPost;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The order a partition sweeps its posts in, on a real PostgreSQL: posts not swept before this slot first,
 * newest first within each group; and that order holds while the run itself sweeps posts and across a restart.
 */
class SweepPostReaderIntegrationTest {

    private static final Instant SLOT = Instant.parse("2026-03-10T06:00:00Z");
    private static final Instant LAST_SWEEP = Instant.parse("2026-03-10T00:00:00Z");
    /** Enough partitions that each test's creator has a slice of its own in the shared database. */
    private static final int SLICES = 1_024;

    private final JdbcTemplate jdbc = MigratedDatabase.named("comment_sweep_reader");
    private final PostStore posts = new PostStore(jdbc);

    /** Four posts of one creator: two swept at the last sweep (one of them the newest post), two discovered since. */
    private CreatorRef creatorWithSweptAndNewPosts() {
        CreatorRef creator = aCreator().insertInto(jdbc);
        posts.addAll(creator, List.of(
                aPost("7600000000000000004").postedAt("2026-03-09T12:00:00Z").build(),
                aPost("7600000000000000003").postedAt("2026-03-08T12:00:00Z").build(),
                aPost("7600000000000000002").postedAt("2026-03-07T12:00:00Z").build(),
                aPost("7600000000000000001").postedAt("2026-03-06T12:00:00Z").build()), LAST_SWEEP);
        sweptAt(creator, LAST_SWEEP, "7600000000000000004", "7600000000000000002");
        return creator;
    }

    private void sweptAt(CreatorRef creator, Instant at, String... platformPostIds) {
        jdbc.update("UPDATE posts SET comments_swept_at = ? WHERE creator_id = ? AND platform_post_id = ANY (?)", Sql.utc(at),
                creator.id(), platformPostIds);
    }

    private JdbcPagingItemReader<TrackedPost> readerOf(CreatorRef creator, int pageSize) throws Exception {
        return SweepPostReader.create("sweepPostReader", jdbc.getDataSource(),
                new CreatorHashSlice((int) (creator.id() % SLICES), SLICES), SLOT, pageSize);
    }

    private static List<String> readAll(JdbcPagingItemReader<TrackedPost> reader) throws Exception {
        List<String> ids = new ArrayList<>();
        for (TrackedPost post = reader.read(); post != null; post = reader.read()) {
            ids.add(post.platformPostId());
        }
        return ids;
    }

    @Test
    void postsNeverSweptGoFirstThenTheSweptOnesEachGroupNewestFirst() throws Exception {
        CreatorRef creator = creatorWithSweptAndNewPosts();
        JdbcPagingItemReader<TrackedPost> reader = readerOf(creator, 2);
        reader.open(new ExecutionContext());

        assertThat(readAll(reader)).containsExactly(
                "7600000000000000003", "7600000000000000001",
                "7600000000000000004", "7600000000000000002");
        reader.close();
    }

    @Test
    void postsThisRunSweptAreNotReadAgainFurtherOn() throws Exception {
        CreatorRef creator = creatorWithSweptAndNewPosts();
        JdbcPagingItemReader<TrackedPost> reader = readerOf(creator, 1);
        reader.open(new ExecutionContext());
        List<TrackedPost> firstTwo = List.of(reader.read(), reader.read());

        new CommentStore(jdbc).markSwept(firstTwo, SLOT);

        assertThat(firstTwo).extracting(TrackedPost::platformPostId).containsExactly("7600000000000000003", "7600000000000000001");
        assertThat(readAll(reader)).containsExactly("7600000000000000004", "7600000000000000002");
        reader.close();
    }

    @Test
    void aRestartResumesAfterTheLastCommittedPage() throws Exception {
        CreatorRef creator = creatorWithSweptAndNewPosts();
        ExecutionContext saved = new ExecutionContext();
        JdbcPagingItemReader<TrackedPost> first = readerOf(creator, 2);
        first.open(saved);
        List<TrackedPost> committed = List.of(first.read(), first.read());
        new CommentStore(jdbc).markSwept(committed, SLOT);
        first.update(saved);
        first.close();

        JdbcPagingItemReader<TrackedPost> restarted = readerOf(creator, 2);
        restarted.open(saved);

        assertThat(readAll(restarted)).containsExactly("7600000000000000004", "7600000000000000002");
        restarted.close();
    }

    @Test
    void onlyTrackedPostsOfActiveCreatorsAreSwept() throws Exception {
        CreatorRef active = aCreator().insertInto(jdbc);
        CreatorRef gonePrivate = aCreator().status(CreatorStatus.PRIVATE).insertInto(jdbc);
        posts.addAll(active, List.of(aPost("7600000000000000012").build(), aPost("7600000000000000011").postedAt("2026-02-01T00:00:00Z").build()), LAST_SWEEP);
        posts.addAll(gonePrivate, List.of(aPost("7600000000000000013").build()), LAST_SWEEP);
        jdbc.update("UPDATE posts SET tracked = false WHERE creator_id = ? AND platform_post_id = '7600000000000000011'", active.id());

        JdbcPagingItemReader<TrackedPost> ofActive = readerOf(active, 10);
        JdbcPagingItemReader<TrackedPost> ofPrivate = readerOf(gonePrivate, 10);
        ofActive.open(new ExecutionContext());
        ofPrivate.open(new ExecutionContext());

        assertThat(readAll(ofActive)).containsExactly("7600000000000000012");
        assertThat(readAll(ofPrivate)).isEmpty();
        ofActive.close();
        ofPrivate.close();
    }
}
