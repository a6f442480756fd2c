package io.herdbook.jobs.refresh;

import static io.herdbook.jobs.testing.TrackingData.aPost;
import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage.NoData;
import io.herdbook.jobs.platform.ParsedPage.PostListPage;
import io.herdbook.jobs.platform.ParsedPage.PostPage;
import io.herdbook.jobs.platform.PostKind;
import io.herdbook.jobs.platform.PostStats;
import io.herdbook.jobs.testing.FakePlatformSource;
import io.herdbook.jobs.tracking.TrackedPost;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A post's refresh keeps stats only when the page carried this post's own stats; anything else keeps the last ones. */
class PostRefreshTest {

    private static final Instant SLOT = Instant.parse("2026-03-10T06:00:00Z");
    private static final Instant NOW = SLOT.plusSeconds(42);
    private static final String POST_ID = "7608826249200356630";

    private final FakePlatformSource platform = new FakePlatformSource();
    private final PostRefresh refresh = new PostRefresh(platform, Clock.fixed(NOW, ZoneOffset.UTC), SLOT);
    private final TrackedPost tracked = new TrackedPost(11, 3, 7, "emthenutritionist", POST_ID, PostKind.VIDEO);

    @Test
    void thePagesOwnStatsAreData() {
        PostStats stats = new PostStats(1_776_621, 22_609, 15_955, 259, 2_787L, true);
        platform.post(new PostPage(aPost(POST_ID).stats(stats).build()));

        RefreshResult result = refresh.process(tracked);

        assertThat(result.stats()).isEqualTo(stats);
        assertThat(result.attempt().outcome()).isEqualTo(Outcome.DATA);
        assertThat(result.attempt().reason()).isNull();
        assertThat(result.attempt().postId()).isEqualTo(11L);
        assertThat(result.attempt().creatorId()).isEqualTo(7L);
        assertThat(result.attempt().organisationId()).isEqualTo(3L);
        assertThat(result.attempt().jobName()).isEqualTo(StatsRefreshJobConfiguration.JOB_NAME);
        assertThat(result.attempt().observedAt()).isEqualTo(SLOT);
        assertThat(result.attempt().attemptedAt()).isEqualTo(NOW);
        assertThat(result.attempt().resource()).isEqualTo("/@emthenutritionist/video/" + POST_ID);
    }

    @Test
    void aPageOfAnotherPostIsUnreadableAndItsStatsAreNotKept() {
        platform.post(new PostPage(aPost("7468167472961572103").build()));

        RefreshResult result = refresh.process(tracked);

        assertThat(result.stats()).isNull();
        assertThat(result.attempt().outcome()).isEqualTo(Outcome.UNREADABLE);
        assertThat(result.attempt().reason()).contains("7468167472961572103");
    }

    @Test
    void aPageOfThisPostWithoutStatsIsUnreadable() {
        platform.post(new PostPage(aPost(POST_ID).withoutStats().build()));

        RefreshResult result = refresh.process(tracked);

        assertThat(result.stats()).isNull();
        assertThat(result.attempt().outcome()).isEqualTo(Outcome.UNREADABLE);
    }

    @Test
    void aPageOfAllZerosForAPostLastSeenWithViewsIsAPartialPageAndKeepsNoStats() {
        platform.post(new PostPage(aPost(POST_ID).stats(new PostStats(0, 0, 0, 0, 0L, true)).build()));
        TrackedPost seen = new TrackedPost(11, 3, 7, "emthenutritionist", POST_ID, PostKind.VIDEO, 2_900_000L);

        RefreshResult result = refresh.process(seen);

        assertThat(result.stats()).isNull();
        assertThat(result.attempt().outcome()).isEqualTo(Outcome.UNREADABLE);
        assertThat(result.attempt().reason()).isEqualTo("partial page: every count is 0, last good views 2900000");
    }

    @Test
    void allZerosOfAPostPostedWithinADayAndNeverSeenWithViewsAreData() {
        PostStats zeros = new PostStats(0, 0, 0, 0, null, true);
        platform.post(new PostPage(aPost(POST_ID).postedAt(SLOT.minus(Duration.ofHours(23))).stats(zeros).build()));

        RefreshResult unseen = refresh.process(tracked);
        RefreshResult seenAtZero = refresh.process(new TrackedPost(11, 3, 7, "emthenutritionist", POST_ID, PostKind.VIDEO, 0L));

        assertThat(unseen.stats()).isEqualTo(zeros);
        assertThat(unseen.attempt().outcome()).isEqualTo(Outcome.DATA);
        assertThat(seenAtZero.stats()).isEqualTo(zeros);
    }

    @Test
    void allZerosOfAPostPostedOverADayAgoAreAPartialPageEvenOnItsFirstRefresh() {
        Instant posted = SLOT.minus(Duration.ofHours(24)).minusSeconds(1);
        platform.post(new PostPage(aPost(POST_ID).postedAt(posted).stats(new PostStats(0, 0, 0, 0, 0L, true)).build()));

        RefreshResult unseen = refresh.process(tracked);

        assertThat(unseen.stats()).isNull();
        assertThat(unseen.attempt().outcome()).isEqualTo(Outcome.UNREADABLE);
        assertThat(unseen.attempt().reason())
                .isEqualTo("partial page: every count is 0 for a post posted 2026-03-09T05:59:59Z, over 24 h before");
    }

    @Test
    void oneNonZeroCountIsData() {
        PostStats views = new PostStats(0, 0, 0, 0, 1L, true);
        platform.post(new PostPage(aPost(POST_ID).stats(views).build()));

        RefreshResult result = refresh.process(new TrackedPost(11, 3, 7, "emthenutritionist", POST_ID, PostKind.VIDEO, 40L));

        assertThat(result.stats()).isEqualTo(views);
    }

    @Test
    void aShellIsAShellAndKeepsNoStats() {
        platform.post(new NoData(Outcome.SHELL, "no data script"));

        RefreshResult result = refresh.process(tracked);

        assertThat(result.stats()).isNull();
        assertThat(result.attempt().outcome()).isEqualTo(Outcome.SHELL);
        assertThat(result.attempt().reason()).isEqualTo("no data script");
    }

    @Test
    void aBlockedPageIsBlockedAndKeepsNoStats() {
        platform.post(new NoData(Outcome.BLOCKED, "http 403 AkamaiGHost"));

        RefreshResult result = refresh.process(tracked);

        assertThat(result.stats()).isNull();
        assertThat(result.attempt().outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(result.attempt().httpStatus()).isEqualTo(403);
    }

    @Test
    void aPageThatIsNotAPostPageIsUnreadable() {
        platform.post(new PostListPage(List.of(aPost(POST_ID).build()), "1", false));

        RefreshResult result = refresh.process(tracked);

        assertThat(result.stats()).isNull();
        assertThat(result.attempt().outcome()).isEqualTo(Outcome.UNREADABLE);
        assertThat(result.attempt().reason()).contains("PostListPage");
    }
}
