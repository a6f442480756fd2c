package io.herdbook.jobs.platform.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.ParsedPage.NoData;
import io.herdbook.jobs.platform.ParsedPage.PostListPage;
import io.herdbook.jobs.platform.ParsedPage.PostPage;
import io.herdbook.jobs.platform.ParsedPage.ProfilePage;
import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.platform.PostKind;
import io.herdbook.jobs.platform.PostStats;
import io.herdbook.jobs.platform.RawResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cases C1-C5 and C24 from CASES.md, with small inputs written here. */
class PlatformParserCasesTest {

    private final PlatformParser parser = new PlatformParser();

    @Test
    void takesThePostIdOfAShareLinkFromThePathOnly() {
        var ref = PostUrls.parse("https://www.tiktok.com/@frys_8/photo/7468167472961572103?mid=7370632836616063750&pic_cnt=3"
                + "&timestamp=1739090053&user_id=6817421842291328001").orElseThrow();

        assertThat(ref.postId()).isEqualTo("7468167472961572103");
        assertThat(ref.handle()).isEqualTo("frys_8");
        assertThat(ref.pathKind()).isEqualTo(PostKind.PHOTO);
        assertThat(ref.createdLowerBound()).isEqualTo(Instant.parse("2025-02-06T05:03:59Z"));
        assertThat(ref.createdLowerBound()).isNotEqualTo(Instant.ofEpochSecond(1739090053));
        assertThat(ref.canonicalUrl()).isEqualTo("https://www.tiktok.com/@frys_8/photo/7468167472961572103");
    }

    @Test
    void rejectsLinksThatAreNotPostLinks() {
        assertThat(PostUrls.parse("https://www.tiktok.com/@frys_8")).isEmpty();
        assertThat(PostUrls.parse("https://www.tiktok.com/@frys_8/video/99999999999999999999")).isEmpty();
        assertThat(PostUrls.parse("not a url at all")).isEmpty();
        assertThat(PostUrls.parse("https://www.tiktok.com/@a/video/6881450806688664838/").orElseThrow().pathKind()).isEqualTo(PostKind.VIDEO);
    }

    @Test
    void takesThePhotoKindFromThePayloadAndKeepsStatsWhenTheMusicUrlIsEmpty() {
        PostData post = post(videoDetail("""
                {"id":"7468167472961572103","desc":"","createTime":"1739090000","author":{"uniqueId":"frys_8"},
                 "music":{"playUrl":""},"imagePost":{"images":[{},{},{}]},
                 "stats":{"playCount":1000,"diggCount":20,"commentCount":3,"shareCount":4,"collectCount":5}}"""));

        assertThat(post.kind()).isEqualTo(PostKind.PHOTO);
        assertThat(post.imageCount()).isEqualTo(3);
        assertThat(post.canonicalUrl()).isEqualTo("https://www.tiktok.com/@frys_8/photo/7468167472961572103");
        assertThat(post.stats()).isEqualTo(new PostStats(1000, 20, 3, 4, 5L, false));
    }

    @Test
    void readsExactStatsV2CountsOverRoundedStats() {
        PostData post = post(videoDetail("""
                {"id":"7468167472961572103","createTime":1739090000,"author":{"uniqueId":"a"},
                 "stats":{"playCount":1800000,"diggCount":22600,"commentCount":16000,"shareCount":259,"collectCount":2787},
                 "statsV2":{"playCount":"1776621","diggCount":"22609","commentCount":"15955","shareCount":"259","collectCount":"2787"}}"""));

        assertThat(post.stats()).isEqualTo(new PostStats(1_776_621, 22_609, 15_955, 259, 2_787L, true));
    }

    @Test
    void readsAStatsV2PlayCountPastTheIntRangeAs64Bit() {
        PostData post = post(videoDetail("""
                {"id":"7468167472961572103","author":{"uniqueId":"a"},
                 "stats":{"playCount":-2,"diggCount":1,"commentCount":1,"shareCount":1},
                 "statsV2":{"playCount":"4300000000","diggCount":"1","commentCount":"1","shareCount":"1"}}"""));

        assertThat(post.stats().views()).isEqualTo(4_300_000_000L);
        assertThat(post.stats().saves()).isNull();
        assertThat(post.createdApproximate()).isTrue();
        assertThat(post.createdAt()).isEqualTo(Instant.parse("2025-02-06T05:03:59Z"));
    }

    @Test
    void treatsAWrappedNegativeOrNonNumericCountAsUnknownNotAsANumber() {
        PostData post = post(videoDetail("""
                {"id":"7468167472961572103","author":{"uniqueId":"a"},
                 "stats":{"playCount":-1294967296,"diggCount":"1.2M","commentCount":1,"shareCount":1,"collectCount":-5}}"""));

        assertThat(post.stats()).as("views and likes unknown, so no stats rather than zeros").isNull();
        assertThat(Counts.parse("-12")).isNull();
        assertThat(Counts.parse("9223372036854775808")).isNull();
        assertThat(Counts.parse("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void readsLikesReceivedFromHeartCountNeverFromDiggCount() {
        ProfilePage page = (ProfilePage) parser.parse(RawResponse.ok(userDetail(0, """
                {"user":{"id":"1","uniqueId":"c3","secUid":"s"},
                 "stats":{"diggCount":0,"followerCount":1200000,"followingCount":5,"heartCount":37200000,"videoCount":4641}}""")));

        assertThat(page.profile().likesReceived()).isEqualTo(37_200_000L);
        assertThat(page.profile().followers()).isEqualTo(1_200_000L);
        assertThat(page.profile().following()).isEqualTo(5L);
        assertThat(page.profile().postCount()).isEqualTo(4641L);
        assertThat(page.profile().exactCounts()).isFalse();
    }

    @Test
    void readsAHeartCountPastTheIntRangeAndFallsBackToHeart() {
        ProfilePage big = (ProfilePage) parser.parse(RawResponse.ok(userDetail(0,
                "{\"user\":{\"uniqueId\":\"c3\"},\"stats\":{\"heartCount\":8400000000,\"diggCount\":7}}")));
        ProfilePage heartOnly = (ProfilePage) parser.parse(RawResponse.ok(userDetail(0,
                "{\"user\":{\"uniqueId\":\"c3\"},\"stats\":{\"heart\":\"1234\",\"diggCount\":7}}")));

        assertThat(big.profile().likesReceived()).isEqualTo(8_400_000_000L);
        assertThat(heartOnly.profile().likesReceived()).isEqualTo(1234L);
        assertThat(big.profile().followers()).as("absent is unknown, never zero").isNull();
    }

    @Test
    void readsAnEmptyItemListWithHasMoreAsAListPageOfZeroItems() {
        ParsedPage page = parser.parse(RawResponse.ok("{\"itemList\":[],\"hasMore\":true,\"cursor\":\"0\"}"));

        assertThat(page).isEqualTo(new PostListPage(List.of(), "0", true));
        assertThat(page.outcome()).isEqualTo(Outcome.DATA);
    }

    @Test
    void readsAListPageWithoutItemListKeyAsEmptyAndTheOldItemsShape() {
        assertThat(parser.parse(RawResponse.ok("{\"statusCode\":0,\"hasMore\":false,\"cursor\":\"1700000000000\"}")))
                .isEqualTo(new PostListPage(List.of(), "1700000000000", false));
        PostListPage old = (PostListPage) parser.parse(RawResponse.ok(
                "{\"statusCode\":0,\"items\":[{\"id\":\"6881450806688664838\",\"author\":{\"uniqueId\":\"t\"},"
                        + "\"stats\":{\"playCount\":1,\"diggCount\":2,\"commentCount\":3,\"shareCount\":4}}],\"hasMore\":true,\"maxCursor\":\"9\"}"));
        assertThat(old.items()).hasSize(1);
        assertThat(old.cursor()).isEqualTo("9");
    }

    @Test
    void readsAProfileWithVideoCountButNoRenderedPostsAsDataWithEmptyPosts() {
        ProfilePage page = (ProfilePage) parser.parse(RawResponse.ok(rehydration("webapp.user-detail", 0, """
                "userInfo":{"user":{"uniqueId":"hidden","privateAccount":false},"stats":{"videoCount":21},"itemList":[]}""")));

        assertThat(page.profile().postCount()).isEqualTo(21L);
        assertThat(page.posts()).isEmpty();
    }

    @Test
    void classifiesAChallengeShellWithoutDataScriptAsBlocked() {
        String shell = "<!DOCTYPE html><html><head><title>TikTok</title><script>" + "window._wafchallengeid='x';".repeat(40)
                + "</script></head><body><div id=\"app\"></div></body></html>";
        assertThat(shell.length()).isBetween(1_000, 2_000);

        ParsedPage page = parser.parse(RawResponse.ok(shell));

        assertThat(page.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(((NoData) page).reason()).startsWith("challenge shell (" + shell.length() + " bytes").contains("wafchallenge");
    }

    @Test
    void classifiesARehydrationScriptWithOnlyAppContextAsShell() {
        String html = "<html><script id=\"__UNIVERSAL_DATA_FOR_REHYDRATION__\" type=\"application/json\">"
                + "{\"__DEFAULT_SCOPE__\":{\"webapp.app-context\":{\"region\":\"US\"}}}</script></html>";

        ParsedPage page = parser.parse(RawResponse.ok(html));

        assertThat(page).isEqualTo(new NoData(Outcome.SHELL, "data script __UNIVERSAL_DATA_FOR_REHYDRATION__ without a detail scope"));
    }

    @Test
    void classifiesHttpStatusesAndWalls() {
        assertThat(parser.parse(new RawResponse(429, Map.of(), "")).outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(parser.parse(new RawResponse(404, Map.of(), "")).outcome()).isEqualTo(Outcome.NOT_FOUND);
        assertThat(parser.parse(new RawResponse(410, Map.of(), "")).outcome()).isEqualTo(Outcome.NOT_FOUND);
        assertThat(parser.parse(new RawResponse(503, Map.of(), "")).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(parser.parse(new RawResponse(301, Map.of("Location", List.of("/login?x=1")), "")))
                .isEqualTo(new NoData(Outcome.BLOCKED, "http 301 login wall: redirect to /login?x=1"));
        assertThat(((NoData) parser.parse(new RawResponse(307, Map.of("location", List.of("/notfound")), ""))).reason()).contains("region wall");
        assertThat(((NoData) parser.parse(new RawResponse(303, Map.of("location", List.of("https://www.tiktok.com/de/notfound")), ""))).reason())
                .contains("region wall (de)");
    }

    @Test
    void readsACurlCaptureWithAProxyPreambleByItsLastStatus() {
        String capture = "HTTP/1.1 200 OK\r\nx-proxy: 1\r\n\r\nHTTP/2 403 \r\nserver: AkamaiGHost\r\n\r\n<HTML><TITLE>Access Denied</TITLE></HTML>";

        assertThat(parser.parseCapture(capture)).isEqualTo(new NoData(Outcome.BLOCKED, "http 403 AkamaiGHost \"Access Denied\""));
    }

    @Test
    void classifiesAPrivateAccountStatusAsPrivateNotEmptyNorDeleted() {
        ParsedPage page = parser.parse(RawResponse.ok(rehydration("webapp.user-detail", 10222, """
                "userInfo":{"user":{"uniqueId":"gone_private","privateAccount":true},"stats":{"videoCount":0,"heartCount":0},"itemList":[]}""")));

        assertThat(page.outcome()).isEqualTo(Outcome.PRIVATE);
        assertThat(((NoData) page).reason()).contains("10222");
    }

    @Test
    void mapsEveryScopeStatusCodeToItsOutcome() {
        assertThat(parser.parse(RawResponse.ok(rehydration("webapp.video-detail", 10216, "\"itemInfo\":{}"))).outcome()).isEqualTo(Outcome.PRIVATE);
        assertThat(parser.parse(RawResponse.ok(rehydration("webapp.reflow.video.detail", 10204, "\"x\":1"))).outcome()).isEqualTo(Outcome.NOT_FOUND);
        assertThat(parser.parse(RawResponse.ok(userDetail(10221, "{}"))).outcome()).isEqualTo(Outcome.NOT_FOUND);
        assertThat(parser.parse(RawResponse.ok(userDetail(10202, "{}"))).outcome()).isEqualTo(Outcome.NOT_FOUND);
        assertThat(parser.parse(RawResponse.ok("{\"data\":{\"statusCode\":10000,\"userInfo\":{}}}")).outcome()).isEqualTo(Outcome.BLOCKED);
        String sigi = "<html><script id=\"SIGI_STATE\" type=\"application/json\">{\"UserPage\":{\"statusCode\":10222},\"UserModule\":{}}</script></html>";
        assertThat(parser.parse(RawResponse.ok(sigi)).outcome()).isEqualTo(Outcome.PRIVATE);
    }

    @Test
    void readsAPrivateFlagOfAProfileThatStillAnswersWithData() {
        ProfilePage page = (ProfilePage) parser.parse(RawResponse.ok(userDetail(0, "{\"user\":{\"uniqueId\":\"p\",\"secret\":true},\"stats\":{}}")));

        assertThat(page.profile().privateAccount()).isTrue();
    }

    @Test
    void reportsUnknownBodiesAsUnreadableAndNeverThrows() {
        assertThat(parser.parse(RawResponse.ok("{\"foo\":1}")).outcome()).isEqualTo(Outcome.UNREADABLE);
        assertThat(parser.parse(RawResponse.ok("{not json")).outcome()).isEqualTo(Outcome.UNREADABLE);
        assertThat(parser.parse(RawResponse.ok("just some text")).outcome()).isEqualTo(Outcome.UNREADABLE);
        assertThat(parser.parse(RawResponse.ok(videoDetail("{\"id\":\"abc\"}"))).outcome()).isEqualTo(Outcome.UNREADABLE);
        assertThat(parser.parseCapture(null).outcome()).isNotEqualTo(Outcome.DATA);
    }

    private PostData post(String html) {
        ParsedPage page = parser.parse(RawResponse.ok(html));
        assertThat(page).isInstanceOf(PostPage.class);
        return ((PostPage) page).post();
    }

    private static String videoDetail(String itemStruct) {
        return rehydration("webapp.video-detail", 0, "\"itemInfo\":{\"itemStruct\":" + itemStruct + "}");
    }

    private static String rehydration(String scope, int status, String body) {
        return "<html><body><script id=\"__UNIVERSAL_DATA_FOR_REHYDRATION__\" type=\"application/json\">{\"__DEFAULT_SCOPE__\":{\""
                + scope + "\":{\"statusCode\":" + status + "," + body + "}}}</script></body></html>";
    }

    private static String userDetail(int status, String userInfo) {
        return "{\"data\":{\"statusCode\":" + status + ",\"userInfo\":" + userInfo + "}}";
    }
}
