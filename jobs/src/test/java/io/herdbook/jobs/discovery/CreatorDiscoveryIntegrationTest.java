package io.herdbook.jobs.discovery;

import static io.herdbook.jobs.testing.TrackingData.aCreator;
import static io.herdbook.jobs.testing.TrackingData.aPost;
import static io.herdbook.jobs.testing.TrackingData.aProfile;
import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.JobsProperties;
import io.herdbook.jobs.archive.ArchiveProperties;
import io.herdbook.jobs.archive.RawArchiveStore;
import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.ParsedPage.NoData;
import io.herdbook.jobs.platform.ParsedPage.PostListPage;
import io.herdbook.jobs.platform.ParsedPage.ProfilePage;
import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.testing.FakePlatformSource;
import io.herdbook.jobs.testing.MigratedDatabase;
import io.herdbook.jobs.tracking.CreatorRef;
import io.herdbook.jobs.tracking.CreatorStatus;
import io.herdbook.jobs.tracking.CreatorStore;
import io.herdbook.jobs.tracking.FetchAttempt;
import io.herdbook.jobs.tracking.FetchAttemptStore;
import io.herdbook.jobs.tracking.PostStore;
import io.herdbook.jobs.tracking.Sql;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Discovering one creator against a scripted platform, with known posts on a real PostgreSQL: where
 * the walk over the post list stops (case C4), and what a private, blocked or hidden profile yields
 * (cases C4, C24).
 */
class CreatorDiscoveryIntegrationTest {

    private static final Instant SLOT = Instant.parse("2026-03-10T06:00:00Z");
    private static final int MAX_PAGES = 5;

    private final JdbcTemplate jdbc = MigratedDatabase.named("creator_discovery");
    private final PostStore posts = new PostStore(jdbc);
    private final FakePlatformSource platform = new FakePlatformSource()
            .profile(new ProfilePage(aProfile().build(), List.of()));
    private final Clock clock = Clock.fixed(SLOT.plusSeconds(30), ZoneOffset.UTC);
    private final CreatorDiscovery discovery = new CreatorDiscovery(platform, posts,
            new JobsProperties.Discovery(35, MAX_PAGES, 10), clock, SLOT);

    private final PostData a = aPost("7608826249200356633").postedAt("2026-03-09T12:00:00Z").build();
    private final PostData b = aPost("7608826249200356632").postedAt("2026-03-08T12:00:00Z").build();
    private final PostData c = aPost("7608826249200356631").postedAt("2026-03-07T12:00:00Z").build();
    private final PostData d = aPost("7608826249200356630").postedAt("2026-03-06T12:00:00Z").build();

    // ---- C4: the walk over the post list always ends ----

    @Test
    void anEmptyPageWithHasMoreWhoseCursorStaysZeroIsReadOnceAndYieldsNoPosts() {
        CreatorRef creator = aCreator().insertInto(jdbc);
        platform.listPages(cursor -> new PostListPage(List.of(), "0", true));

        DiscoveryResult result = discovery.process(creator);

        assertThat(platform.listCursors()).containsExactly("0");
        assertThat(result.newPosts()).isEmpty();
        assertThat(result.status()).isEqualTo(CreatorStatus.ACTIVE);
        assertThat(result.attempts()).filteredOn(a -> a.resource().startsWith("/api/post/item_list")).singleElement()
                .satisfies(list -> assertThat(list.reason()).as("a stuck cursor is not hidden posts")
                        .isEqualTo("cursor 0 did not move though hasMore: walk stopped"));
    }

    @Test
    void aCursorStuckAtTheSameValueEndsTheWalkAfterTheSecondPage() {
        CreatorRef creator = aCreator().insertInto(jdbc);
        platform.listPages(cursor -> new PostListPage(List.of(), "123", true));

        DiscoveryResult result = discovery.process(creator);

        assertThat(platform.listCursors()).containsExactly("0", "123");
        assertThat(result.newPosts()).isEmpty();
        assertThat(result.attempts()).filteredOn(a -> a.resource().startsWith("/api/post/item_list")).extracting(FetchAttempt::reason)
                .containsExactly(null, "cursor 123 did not move though hasMore: walk stopped");
    }

    @Test
    void aCursorThatAlwaysMovesIsReadForExactlyMaxPagesPages() {
        CreatorRef creator = aCreator().insertInto(jdbc);
        platform.listPages(cursor -> new PostListPage(List.of(), String.valueOf(Long.parseLong(cursor) + 35), true));

        DiscoveryResult result = discovery.process(creator);

        assertThat(platform.listCursors()).hasSize(MAX_PAGES).containsExactly("0", "35", "70", "105", "140");
        assertThat(result.newPosts()).isEmpty();
    }

    @Test
    void aPageWithoutACursorEndsTheWalk() {
        CreatorRef creator = aCreator().insertInto(jdbc);
        platform.listPages(cursor -> new PostListPage(List.of(a), null, true));

        DiscoveryResult result = discovery.process(creator);

        assertThat(platform.listCursors()).containsExactly("0");
        assertThat(result.newPosts()).containsExactly(a);
    }

    @Test
    void hasMoreFalseEndsTheWalk() {
        CreatorRef creator = aCreator().insertInto(jdbc);
        platform.listPages(cursor -> new PostListPage(List.of(a, b), "2", false));

        DiscoveryResult result = discovery.process(creator);

        assertThat(platform.listCursors()).containsExactly("0");
        assertThat(result.newPosts()).containsExactly(a, b);
    }

    @Test
    void postsOfEveryPageAreCollectedNewestFirstAndARepeatedPostOnlyOnce() {
        CreatorRef creator = aCreator().insertInto(jdbc);
        platform.listPages(pages(Map.of(
                "0", new PostListPage(List.of(a, b), "2", true),
                "2", new PostListPage(List.of(b, c), "4", false))));

        DiscoveryResult result = discovery.process(creator);

        assertThat(result.newPosts()).containsExactly(a, b, c);
        assertThat(result.attempts()).extracting(FetchAttempt::outcome).containsExactly(Outcome.DATA, Outcome.DATA, Outcome.DATA);
    }

    // ---- where the new posts end ----

    @Test
    void stopsAtTheFirstKnownPostAndFetchesNoFurtherPage() {
        CreatorRef creator = aCreator().insertInto(jdbc);
        known(creator, c);
        platform.listPages(cursor -> new PostListPage(List.of(a, b, c), String.valueOf(Long.parseLong(cursor) + 3), true));

        DiscoveryResult result = discovery.process(creator);

        assertThat(result.newPosts()).containsExactly(a, b);
        assertThat(platform.listCursors()).containsExactly("0");
    }

    @Test
    void aKnownPostOnTheSecondPageEndsTheWalkOnThatPage() {
        CreatorRef creator = aCreator().insertInto(jdbc);
        known(creator, d);
        platform.listPages(pages(Map.of(
                "0", new PostListPage(List.of(a, b), "2", true),
                "2", new PostListPage(List.of(c, d), "4", true))));

        DiscoveryResult result = discovery.process(creator);

        assertThat(result.newPosts()).containsExactly(a, b, c);
        assertThat(platform.listCursors()).containsExactly("0", "2");
    }

    @Test
    void aPinnedKnownPostAtTheTopOfTheFirstPageDoesNotStopTheWalk() {
        CreatorRef creator = aCreator().insertInto(jdbc);
        PostData pinnedOld = aPost("7000000000000000001").postedAt("2026-01-01T00:00:00Z").pinned().build();
        known(creator, pinnedOld);
        platform.listPages(pages(Map.of(
                "0", new PostListPage(List.of(pinnedOld, a, b), "3", true),
                "3", new PostListPage(List.of(c), "4", false))));

        DiscoveryResult result = discovery.process(creator);

        assertThat(result.newPosts()).containsExactly(a, b, c);
        assertThat(platform.listCursors()).containsExactly("0", "3");
    }

    @Test
    void aPostOlderThanTheTrackingStartStopsTheWalkAndIsNotReturned() {
        CreatorRef creator = aCreator().trackingStart(Instant.parse("2026-03-07T00:00:00Z")).insertInto(jdbc);
        platform.listPages(cursor -> new PostListPage(List.of(a, b, c, d), String.valueOf(Long.parseLong(cursor) + 4), true));

        DiscoveryResult result = discovery.process(creator);

        assertThat(result.newPosts()).containsExactly(a, b, c);
        assertThat(platform.listCursors()).containsExactly("0");
    }

    @Test
    void aPinnedPostOlderThanTheTrackingStartDoesNotStopTheWalkAndIsNotReturned() {
        CreatorRef creator = aCreator().trackingStart(Instant.parse("2026-03-01T00:00:00Z")).insertInto(jdbc);
        PostData pinnedOld = aPost("7000000000000000001").postedAt("2025-06-01T00:00:00Z").pinned().build();
        platform.listPages(pages(Map.of(
                "0", new PostListPage(List.of(pinnedOld, a, b), "3", true),
                "3", new PostListPage(List.of(c), "4", false))));

        DiscoveryResult result = discovery.process(creator);

        assertThat(result.newPosts()).containsExactly(a, b, c);
        assertThat(platform.listCursors()).containsExactly("0", "3");
    }

    @Test
    void serverRenderedPostsThatReachAKnownPostNeedNoListPage() {
        CreatorRef creator = aCreator().insertInto(jdbc);
        known(creator, c);
        platform.profile(new ProfilePage(aProfile().build(), List.of(a, b, c)));

        DiscoveryResult result = discovery.process(creator);

        assertThat(result.newPosts()).containsExactly(a, b);
        assertThat(platform.listCursors()).isEmpty();
    }

    @Test
    void aBlockedListPageKeepsThePostsOfTheEarlierPagesAndRecordsTheBlock() {
        CreatorRef creator = aCreator().insertInto(jdbc);
        platform.listPages(pages(Map.of(
                "0", new PostListPage(List.of(a, b), "2", true),
                "2", new NoData(Outcome.BLOCKED, "http 403 AkamaiGHost"))));

        DiscoveryResult result = discovery.process(creator);

        assertThat(result.newPosts()).containsExactly(a, b);
        assertThat(result.status()).isEqualTo(CreatorStatus.ACTIVE);
        assertThat(result.attempts()).extracting(FetchAttempt::outcome).containsExactly(Outcome.DATA, Outcome.DATA, Outcome.BLOCKED);
        assertThat(result.attempts().getLast().reason()).isEqualTo("http 403 AkamaiGHost");
    }

    // ---- C24 and C4: private, blocked and hidden are not "no posts" ----

    @Test
    void aProfileAnsweringStatus10222IsPrivateWithNoSnapshotAndNoPosts() {
        CreatorRef creator = aCreator().insertInto(jdbc);
        platform.profile(new NoData(Outcome.PRIVATE, "statusCode 10222"));

        DiscoveryResult result = discovery.process(creator);

        assertThat(result.status()).isEqualTo(CreatorStatus.PRIVATE);
        assertThat(result.profile()).isNull();
        assertThat(result.newPosts()).isEmpty();
        assertThat(result.attempts()).singleElement().satisfies(attempt -> {
            assertThat(attempt.outcome()).isEqualTo(Outcome.PRIVATE);
            assertThat(attempt.reason()).isEqualTo("statusCode 10222");
        });
        assertThat(platform.listCursors()).isEmpty();
    }

    @Test
    void aProfileSayingPrivateAccountWithZeroPostsIsPrivateWithNoSnapshot() {
        CreatorRef creator = aCreator().insertInto(jdbc);
        platform.profile(new ProfilePage(aProfile().privateAccount().postCount(0L).likesReceived(0L).followers(0L).build(), List.of()));

        DiscoveryResult result = discovery.process(creator);

        assertThat(result.status()).isEqualTo(CreatorStatus.PRIVATE);
        assertThat(result.profile()).isNull();
        assertThat(result.newPosts()).isEmpty();
        assertThat(result.attempts()).extracting(FetchAttempt::outcome).containsExactly(Outcome.PRIVATE);
        assertThat(platform.listCursors()).isEmpty();
    }

    @Test
    void aCreatorGoingPrivateKeepsItsLastSnapshotAndGetsNoSnapshotOfZeros() {
        CreatorRef creator = aCreator().insertInto(jdbc);
        Instant earlier = SLOT.minusSeconds(86_400);
        new CreatorStore(jdbc, clock).saveProfile(creator, aProfile().postCount(37L).likesReceived(1_200_000L).build(), earlier, earlier);
        platform.profile(new ProfilePage(aProfile().privateAccount().postCount(0L).likesReceived(0L).build(), List.of()));

        write(discovery.process(creator));

        assertThat(jdbc.queryForObject("SELECT status FROM creators WHERE id = ?", String.class, creator.id())).isEqualTo("PRIVATE");
        assertThat(jdbc.queryForList("SELECT observed_at, post_count, likes_received FROM creator_snapshots WHERE creator_id = ?",
                creator.id())).singleElement().satisfies(snapshot -> assertThat(snapshot)
                .containsEntry("post_count", 37L)
                .containsEntry("likes_received", 1_200_000L));
    }

    @Test
    void aBlockedProfileLeavesTheStatusAloneWritesNoSnapshotAndRecordsOneBlockedAttempt() {
        CreatorRef creator = aCreator().insertInto(jdbc);
        platform.profile(new NoData(Outcome.BLOCKED, "http 403 AkamaiGHost"));

        DiscoveryResult result = discovery.process(creator);

        assertThat(result.status()).isNull();
        assertThat(result.profile()).isNull();
        assertThat(result.newPosts()).isEmpty();
        assertThat(result.attempts()).singleElement().satisfies(attempt -> {
            assertThat(attempt.outcome()).isEqualTo(Outcome.BLOCKED);
            assertThat(attempt.httpStatus()).isEqualTo(403);
            assertThat(attempt.observedAt()).isEqualTo(SLOT);
            assertThat(attempt.resource()).isEqualTo("/@" + creator.handle());
        });
        assertThat(platform.listCursors()).isEmpty();
    }

    @Test
    void aProfileThatIsGoneMarksTheCreatorNotFoundWithNoSnapshot() {
        CreatorRef creator = aCreator().insertInto(jdbc);
        platform.profile(new NoData(Outcome.NOT_FOUND, "statusCode 10221"));

        DiscoveryResult result = discovery.process(creator);

        assertThat(result.status()).isEqualTo(CreatorStatus.NOT_FOUND);
        assertThat(result.profile()).isNull();
        assertThat(result.newPosts()).isEmpty();
    }

    @Test
    void anAnswerThatIsNotAProfilePageIsUnreadableAndLeavesTheStatusAlone() {
        CreatorRef creator = aCreator().insertInto(jdbc);
        platform.profile(new PostListPage(List.of(a), "1", false));

        DiscoveryResult result = discovery.process(creator);

        assertThat(result.status()).isNull();
        assertThat(result.profile()).isNull();
        assertThat(result.newPosts()).isEmpty();
        assertThat(result.attempts()).singleElement().satisfies(attempt -> {
            assertThat(attempt.outcome()).isEqualTo(Outcome.UNREADABLE);
            assertThat(attempt.reason()).isEqualTo("not a profile page");
        });
    }

    @Test
    void aProfileWithTwentyOnePostsButAnEmptyListHasNoNewPostsAndStaysActive() {
        CreatorRef creator = aCreator().insertInto(jdbc);
        known(creator, c);
        platform.profile(new ProfilePage(aProfile().postCount(21L).build(), List.of()))
                .listPages(cursor -> new PostListPage(List.of(), "0", false));

        DiscoveryResult result = discovery.process(creator);
        write(result);

        assertThat(result.newPosts()).isEmpty();
        assertThat(result.status()).isEqualTo(CreatorStatus.ACTIVE);
        assertThat(result.profile().postCount()).isEqualTo(21L);
        assertThat(jdbc.queryForList("SELECT platform_post_id FROM posts WHERE creator_id = ? AND tracked", String.class, creator.id()))
                .as("the hidden posts stay tracked").containsExactly(c.id());
        assertThat(jdbc.queryForObject("SELECT post_count FROM creator_snapshots WHERE creator_id = ? AND observed_at = ?",
                Long.class, creator.id(), Sql.utc(SLOT))).isEqualTo(21L);
        assertThat(result.attempts()).filteredOn(a -> a.resource().startsWith("/api/post/item_list")).singleElement()
                .satisfies(list -> assertThat(list.reason()).isEqualTo("empty post list while the profile counts 21 posts: hidden, not deleted"));
    }

    // ---- a known post met on a page refreshes what it lacked ----

    @Test
    void aKnownPostMetOnAPageFillsItsCaptionExactTimeAndCoverAndWipesNothing() {
        // given c stored from a source without caption, cover or createTime (its id's time, approximate), and b stored whole
        CreatorRef creator = aCreator().insertInto(jdbc);
        Instant idTime = Instant.ofEpochSecond(Long.parseUnsignedLong(c.id()) >>> 32);
        known(creator, aPost(c.id()).caption("").postedAt(idTime).approximateTime().build());
        known(creator, aPost(b.id()).caption("b's caption").postedAt("2026-03-08T12:00:00Z").cover("https://cdn/b.jpg").build());
        // when the list shows a (new), b without caption or cover, and c whole
        PostData bBare = aPost(b.id()).caption("").postedAt("2026-03-08T12:00:00Z").build();
        PostData cWhole = aPost(c.id()).caption("c's caption").postedAt("2026-03-07T12:00:00Z").cover("https://cdn/c.jpg").build();
        platform.listPages(cursor -> new PostListPage(List.of(a, bBare, cWhole), "3", false));

        DiscoveryResult result = discovery.process(creator);
        write(result);

        // then a is the one new post; b and c were seen again, b kept what the page lacked, c got what it lacked
        assertThat(result.newPosts()).containsExactly(a);
        assertThat(result.seenAgain()).containsExactly(bBare, cWhole);
        assertThat(jdbc.queryForList("""
                SELECT platform_post_id || ' ' || caption || ' ' || posted_at_approximate || ' ' || coalesce(thumbnail_url, '-')
                  FROM posts WHERE creator_id = ? ORDER BY platform_post_id""", String.class, creator.id()))
                .containsExactly(c.id() + " c's caption false https://cdn/c.jpg", b.id() + " b's caption false https://cdn/b.jpg",
                        a.id() + " caption of " + a.id() + " false -");
        assertThat(jdbc.queryForObject("SELECT posted_at FROM posts WHERE creator_id = ? AND platform_post_id = ?",
                java.time.OffsetDateTime.class, creator.id(), c.id()).toInstant()).isEqualTo(Instant.parse("2026-03-07T12:00:00Z"));
    }

    private void known(CreatorRef creator, PostData post) {
        posts.addAll(creator, List.of(post), SLOT.minusSeconds(86_400));
    }

    private void write(DiscoveryResult result) {
        new DiscoveryWriter(new CreatorStore(jdbc, clock), posts, new FetchAttemptStore(jdbc),
                new RawArchiveStore(jdbc, ArchiveProperties.defaults()), clock, SLOT).write(Chunk.of(result));
    }

    /** List pages by cursor; a cursor not scripted fails the test. */
    private static Function<String, ParsedPage> pages(Map<String, ParsedPage> byCursor) {
        return cursor -> {
            ParsedPage page = byCursor.get(cursor);
            if (page == null) {
                throw new AssertionError("the walk asked for an unscripted cursor " + cursor);
            }
            return page;
        };
    }
}
