package io.herdbook.jobs.platform.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.platform.CreatorProfile;
import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.ParsedPage.PostPage;
import io.herdbook.jobs.platform.ParsedPage.ProfilePage;
import io.herdbook.jobs.platform.PostStats;
import io.herdbook.jobs.platform.RawResponse;
import org.junit.jupiter.api.Test;

/**
 * CASES C2: a post's stats and a creator's counts are exact only when every main counter came from
 * {@code statsV2}; one rounded {@code stats} value among them makes the observation inexact.
 */
class PlatformParserExactCountsTest {

    private static final String ROUNDED_POST = "{\"playCount\":1800000,\"diggCount\":22600,\"commentCount\":16000,\"shareCount\":259,\"collectCount\":2787}";
    private static final String ROUNDED_USER = "{\"followerCount\":427700,\"followingCount\":176,\"heartCount\":6800000,\"heart\":6800000,\"videoCount\":1605}";

    private final PlatformParser parser = new PlatformParser();

    @Test
    void postStatsAreExactWhenAllFourMainCountsComeFromStatsV2EvenWithoutSaves() {
        // given statsV2 with views, likes, comments and shares but no collectCount
        String statsV2 = "{\"playCount\":\"1776621\",\"diggCount\":\"22609\",\"commentCount\":\"15955\",\"shareCount\":\"259\"}";

        // when
        PostStats stats = postStats(ROUNDED_POST, statsV2);

        // then saves fall back to the rounded value without deciding exactness
        assertThat(stats).isEqualTo(new PostStats(1_776_621, 22_609, 15_955, 259, 2_787L, true));
    }

    @Test
    void postStatsAreNotExactWhenStatsV2LacksShares() {
        // given statsV2 without shareCount
        String statsV2 = "{\"playCount\":\"1776621\",\"diggCount\":\"22609\",\"commentCount\":\"15955\",\"collectCount\":\"2787\"}";

        // when
        PostStats stats = postStats(ROUNDED_POST, statsV2);

        // then shares come from the rounded stats and the whole observation is approximate
        assertThat(stats).isEqualTo(new PostStats(1_776_621, 22_609, 15_955, 259, 2_787L, false));
    }

    @Test
    void postStatsAreNotExactWhenAStatsV2CountIsUnreadable() {
        // given statsV2 whose playCount is a display string, not a number
        String statsV2 = "{\"playCount\":\"1.8M\",\"diggCount\":\"22609\",\"commentCount\":\"15955\",\"shareCount\":\"259\"}";

        // when
        PostStats stats = postStats(ROUNDED_POST, statsV2);

        // then
        assertThat(stats.views()).isEqualTo(1_800_000L);
        assertThat(stats.exact()).isFalse();
    }

    @Test
    void postStatsAreNotExactWhenStatsV2IsEmptyOrAbsent() {
        // given an empty statsV2, and none at all

        // when
        PostStats empty = postStats(ROUNDED_POST, "{}");
        PostStats absent = postStats(ROUNDED_POST, null);

        // then
        assertThat(empty.exact()).isFalse();
        assertThat(absent).isEqualTo(new PostStats(1_800_000, 22_600, 16_000, 259, 2_787L, false));
    }

    @Test
    void profileCountsAreExactWhenFollowersFollowingLikesAndPostsAllComeFromStatsV2() {
        // given user statsV2 carrying likes received only as "heart", next to a rounded heartCount
        String statsV2 = "{\"followerCount\":\"427682\",\"followingCount\":\"176\",\"heart\":\"6764096\",\"videoCount\":\"1605\"}";

        // when
        CreatorProfile profile = profile(ROUNDED_USER, statsV2);

        // then the exact heart beats the rounded heartCount and the counts are exact
        assertThat(profile.likesReceived()).isEqualTo(6_764_096L);
        assertThat(profile.followers()).isEqualTo(427_682L);
        assertThat(profile.exactCounts()).isTrue();
    }

    @Test
    void profileCountsAreNotExactWhenStatsV2LacksTheFollowerCount() {
        // given user statsV2 without followerCount
        String statsV2 = "{\"followingCount\":\"176\",\"heartCount\":\"6764096\",\"videoCount\":\"1605\"}";

        // when
        CreatorProfile profile = profile(ROUNDED_USER, statsV2);

        // then the rounded follower count is used and flagged
        assertThat(profile.followers()).isEqualTo(427_700L);
        assertThat(profile.likesReceived()).isEqualTo(6_764_096L);
        assertThat(profile.exactCounts()).isFalse();
    }

    @Test
    void profileCountsAreNotExactWhenACountIsKnownToNeitherSource() {
        // given statsV2 with three of the four counts and stats without the fourth either
        String statsV2 = "{\"followerCount\":\"427682\",\"followingCount\":\"176\",\"heartCount\":\"6764096\"}";

        // when
        CreatorProfile profile = profile("{\"followerCount\":427700}", statsV2);

        // then the unknown post count stays unknown and the counts are not called exact
        assertThat(profile.postCount()).isNull();
        assertThat(profile.exactCounts()).isFalse();
    }

    @Test
    void sigiProfileCountsFollowTheSameRule() {
        // given a SIGI page whose UserModule.statsV2 lacks followingCount
        String html = "<html><body><script id=\"SIGI_STATE\" type=\"application/json\">{\"UserPage\":{\"uniqueId\":\"s\",\"statusCode\":0},"
                + "\"UserModule\":{\"users\":{\"s\":{\"uniqueId\":\"s\"}},\"stats\":{\"s\":" + ROUNDED_USER + "},"
                + "\"statsV2\":{\"s\":{\"followerCount\":\"427682\",\"heartCount\":\"6764096\",\"videoCount\":\"1605\"}}}}</script></body></html>";

        // when
        ProfilePage page = (ProfilePage) parser.parse(RawResponse.ok(html));

        // then
        assertThat(page.profile().following()).isEqualTo(176L);
        assertThat(page.profile().exactCounts()).isFalse();
    }

    private PostStats postStats(String stats, String statsV2) {
        String item = "{\"id\":\"7468167472961572103\",\"createTime\":1738818300,\"author\":{\"uniqueId\":\"a\"},\"stats\":" + stats
                + (statsV2 == null ? "" : ",\"statsV2\":" + statsV2) + "}";
        ParsedPage page = parser.parse(RawResponse.ok("{\"statusCode\":0,\"itemInfo\":{\"itemStruct\":" + item + "}}"));
        assertThat(page).isInstanceOf(PostPage.class);
        return ((PostPage) page).post().stats();
    }

    private CreatorProfile profile(String stats, String statsV2) {
        String body = "{\"data\":{\"statusCode\":0,\"userInfo\":{\"user\":{\"uniqueId\":\"zg.520\"},\"stats\":" + stats
                + ",\"statsV2\":" + statsV2 + "}}}";
        ParsedPage page = parser.parse(RawResponse.ok(body));
        assertThat(page).isInstanceOf(ProfilePage.class);
        return ((ProfilePage) page).profile();
    }
}
