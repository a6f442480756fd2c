package io.herdbook.jobs.reconcile;

import static io.herdbook.jobs.testing.TrackingData.aCreator;
import static io.herdbook.jobs.testing.TrackingData.aPost;
import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage.NoData;
import io.herdbook.jobs.platform.ParsedPage.PostListPage;
import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.reconcile.WalkResult.End;
import io.herdbook.jobs.testing.FakePlatformSource;
import io.herdbook.jobs.testing.MigratedDatabase;
import io.herdbook.jobs.tracking.CreatorRef;
import io.herdbook.jobs.tracking.PostStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Walking one creator's whole list against a scripted platform, with known posts on a real PostgreSQL: it goes past
 * known posts, and where it ends (cases C4), what it keeps when a page fails, and how the budget cuts it.
 */
class CreatorWalkIntegrationTest {

    private static final Instant SLOT = Instant.parse("2026-03-10T06:30:00Z");

    private final JdbcTemplate jdbc = MigratedDatabase.named("creator_walk");
    private final PostStore posts = new PostStore(jdbc);
    private final FakePlatformSource platform = new FakePlatformSource();
    private final Clock clock = Clock.fixed(SLOT.plusSeconds(30), ZoneOffset.UTC);

    private final PostData a = aPost("7608826249200356633").postedAt("2026-03-09T12:00:00Z").build();
    private final PostData b = aPost("7608826249200356632").postedAt("2026-03-08T12:00:00Z").build();
    private final PostData c = aPost("7608826249200356631").postedAt("2026-03-07T12:00:00Z").build();
    private final PostData d = aPost("7608826249200356630").postedAt("2026-03-06T12:00:00Z").build();

    private CreatorWalk walk(int budget) {
        return new CreatorWalk(platform, posts, new FetchBudget(budget), 35, clock, SLOT);
    }

    private static DueCreator due(CreatorRef creator, String resumeCursor) {
        return new DueCreator(creator, 4L, 0, resumeCursor);
    }

    private CreatorRef creatorKnowing(PostData... known) {
        CreatorRef creator = aCreator().secUid("sec").insertInto(jdbc);
        posts.addAll(creator, List.of(known), SLOT);
        return creator;
    }

    @Test
    void itWalksPastKnownPostsToTheEndOfTheList() {
        CreatorRef creator = creatorKnowing(a, b);
        platform.listPages(Map.of("0", new PostListPage(List.of(a), "1", true), "1", new PostListPage(List.of(b, c), "2", true),
                "2", new PostListPage(List.of(d), "3", false))::get);

        WalkResult result = walk(10).process(due(creator, null));

        assertThat(platform.listCursors()).containsExactly("0", "1", "2");
        assertThat(result.missing()).containsExactly(c, d);
        assertThat(result.end()).isEqualTo(End.FINISHED);
        assertThat(result.why()).isEqualTo("reached the end of the list");
        assertThat(result.attempts()).extracting(att -> att.outcome() + " " + att.resource()).containsExactly(
                "DATA /api/post/item_list?secUid=sec&cursor=0&count=35", "DATA /api/post/item_list?secUid=sec&cursor=1&count=35",
                "DATA /api/post/item_list?secUid=sec&cursor=2&count=35");
        assertThat(result.attempts()).allSatisfy(att -> assertThat(att.jobName()).isEqualTo("deep-reconcile"));
    }

    @Test
    void aCursorThatComesBackEndsTheWalkInsteadOfLooping() {
        CreatorRef creator = creatorKnowing();
        platform.listPages(Map.of("0", new PostListPage(List.of(a), "5", true), "5", new PostListPage(List.of(b), "0", true))::get);

        WalkResult result = walk(10).process(due(creator, null));

        assertThat(platform.listCursors()).containsExactly("0", "5");
        assertThat(result.end()).isEqualTo(End.FINISHED);
        assertThat(result.why()).isEqualTo("the cursor did not move past 5");
        assertThat(result.missing()).containsExactly(a, b);
    }

    @Test
    void anOldPostStopsTheWalkButAnOldPinnedOneDoesNot() {
        CreatorRef creator = aCreator().secUid("sec").trackingStart(Instant.parse("2026-03-07T00:00:00Z")).insertInto(jdbc);
        PostData oldPinned = aPost("7608826249200356629").postedAt("2026-01-01T00:00:00Z").pinned().build();
        platform.listPages(Map.of("0", new PostListPage(List.of(oldPinned, a), "1", true), "1", new PostListPage(List.of(b, c, d), "2", true))::get);

        WalkResult result = walk(10).process(due(creator, null));

        assertThat(platform.listCursors()).containsExactly("0", "1");
        assertThat(result.missing()).containsExactly(a, b, c);
        assertThat(result.why()).isEqualTo("reached the tracking start");
    }

    @Test
    void aFailedPageKeepsWhatTheWalkFoundAndTheCursorToTryAgainFrom() {
        CreatorRef creator = creatorKnowing();
        platform.listPages(cursor -> cursor.equals("7") ? new PostListPage(List.of(a), "8", true) : new NoData(Outcome.BLOCKED, "http 403"));

        WalkResult result = walk(10).process(due(creator, "7"));

        assertThat(platform.listCursors()).containsExactly("7", "8");
        assertThat(result.end()).isEqualTo(End.FAILED);
        assertThat(result.cursor()).isEqualTo("8");
        assertThat(result.missing()).containsExactly(a);
        assertThat(result.attempts()).extracting(att -> att.outcome() + " " + att.reason()).containsExactly("DATA null", "BLOCKED http 403");
    }

    @Test
    void theBudgetCutsTheWalkAtTheCursorItReached() {
        CreatorRef creator = creatorKnowing();
        platform.listPages(cursor -> new PostListPage(List.of(aPost("76088262492003" + (10_000 + Integer.parseInt(cursor))).build()),
                Integer.toString(Integer.parseInt(cursor) + 1), true));

        WalkResult result = walk(3).process(due(creator, null));

        assertThat(platform.listCursors()).containsExactly("0", "1", "2");
        assertThat(result.end()).isEqualTo(End.CUT);
        assertThat(result.cursor()).isEqualTo("3");
        assertThat(result.pages()).isEqualTo(3);
        assertThat(result.missing()).hasSize(3);
    }

    @Test
    void aRestartedReaderGoesOnWithTheFetchesItsFailedAttemptHadUsed() {
        aCreator().secUid("sec").insertInto(jdbc); // due: never walked
        FetchBudget budget = new FetchBudget(4);
        DueCreators reader = new DueCreators(new DeepScanStore(jdbc), budget, SLOT, java.time.Duration.ofDays(30));
        ExecutionContext context = new ExecutionContext();
        context.putInt(DueCreators.FETCHES_USED, 3);

        reader.open(context);

        assertThat(budget.take()).isTrue();
        assertThat(budget.take()).isFalse();
        reader.update(context);
        assertThat(context.getInt(DueCreators.FETCHES_USED)).isEqualTo(4);
        assertThat(reader.read()).as("the budget is spent, so no due creator is handed out").isNull();
        assertThat(new DueCreators(new DeepScanStore(jdbc), new FetchBudget(4), SLOT, java.time.Duration.ofDays(30)).read()).isNotNull();
    }
}
