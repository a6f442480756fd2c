package io.herdbook.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.platform.CreatorProfile;
import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.ParsedPage.NoData;
import io.herdbook.jobs.platform.ParsedPage.PostListPage;
import io.herdbook.jobs.platform.ParsedPage.PostPage;
import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.platform.PostStats;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bad-day faults (partial, zero-stats, deleted, hidden, stuck-cursor, rounded), over loopback HTTP and
 * through the jobs' own parser, so that what they serve reads as the platform's answers do.
 */
class BadDayFaultsTest {

    /** Lena's newest post carries the exact counts of CASES C2. */
    private static final PostStats C2_EXACT = new PostStats(1_776_621, 22_609, 15_955, 259, 2_787L, true);
    private static Sandbox sandbox;
    private static SandboxClient client;
    private static PostData post;
    private static CreatorProfile lena;

    @BeforeAll
    static void start() {
        CaptureLibrary generated = CaptureLibrary.generated();
        String newest = generated.posts("lena.bakes").getFirst().id();
        sandbox = Sandbox.start(SandboxSettings.defaults().withPages(Path.of("none")), generated.withPostStats(newest, C2_EXACT));
        client = new SandboxClient(sandbox);
        post = sandbox.library().posts("lena.bakes").getFirst();
        lena = sandbox.library().creator("lena.bakes").orElseThrow();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @AfterEach
    void clearFaults() {
        sandbox.faults().clear();
    }

    private static String postPath() {
        return "/@lena.bakes/" + post.kind().pathSegment() + "/" + post.id();
    }

    private static String listPath(String cursor) {
        return "/api/post/item_list?count=35&cursor=" + cursor + "&secUid=" + SandboxClient.urlEncode(lena.secUid());
    }

    private static PostData withStats(PostData p, PostStats stats) {
        return new PostData(p.id(), p.kind(), p.imageCount(), p.canonicalUrl(), p.authorHandle(), p.caption(), p.createdAt(),
                p.createdApproximate(), stats, p.pinned());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0, 0", "259, 259", "2787, 2787", "9999, 9999", "10000, 10000", "15955, 16000", "22609, 22600", "38490, 38500",
            "427682, 427700", "593024, 593000", "999960, 1000000", "1776621, 1800000", "6764096, 6800000", "4300000000, 4300000000",
            "8449999999, 8400000000", "9223372036854775807, 9223372036800000000"})
    void roundsAsThePlatformDisplaysCounts(long exact, long rounded) {
        assertThat(DisplayRounding.round(exact)).isEqualTo(rounded);
    }

    @Test
    void aHealthyPageCarriesTheExactCountsBesideTheRoundedOnesAndTheParserPrefersTheExact() {
        String page = new String(client.get(postPath()).body(), StandardCharsets.UTF_8);

        assertThat(page).contains("\"stats\":{\"playCount\":1800000,\"diggCount\":22600,\"commentCount\":16000,\"shareCount\":259,"
                + "\"collectCount\":2787}", "\"statsV2\":{\"playCount\":\"1776621\",\"diggCount\":\"22609\"");
        assertThat(client.parse(postPath())).isEqualTo(new PostPage(post));
    }

    @Test
    void partialServesThePostWithoutStatsAndLeavesProfileAndListAlone() {
        sandbox.faults().set("lena.bakes", Fault.parse("partial"));

        String page = new String(client.get(postPath()).body(), StandardCharsets.UTF_8);

        assertThat(page).contains("\"id\":\"" + post.id() + "\"").doesNotContain("\"stats\"", "\"statsV2\"");
        assertThat(client.parse(postPath())).isEqualTo(new PostPage(withStats(post, null)));
        assertThat(client.parse("/@lena.bakes")).isEqualTo(new ParsedPage.ProfilePage(lena, List.of()));
        assertThat(((PostListPage) client.parse(listPath("0"))).items()).isEqualTo(sandbox.library().posts("lena.bakes"));
    }

    @Test
    void zeroStatsServesEveryCountAsZeroInBothFields() {
        sandbox.faults().set(postPath(), Fault.parse("zero-stats"));

        String page = new String(client.get(postPath()).body(), StandardCharsets.UTF_8);

        assertThat(page).contains("\"stats\":{\"playCount\":0,\"diggCount\":0,\"commentCount\":0,\"shareCount\":0,\"collectCount\":0}",
                "\"statsV2\":{\"playCount\":\"0\"");
        assertThat(client.parse(postPath())).isEqualTo(new PostPage(withStats(post, new PostStats(0, 0, 0, 0, 0L, true))));
    }

    @Test
    void roundedServesOnlyTheRoundedIntegersEverywhere() {
        sandbox.faults().set("@lena.bakes", Fault.parse("rounded"));

        ParsedPage page = client.parse(postPath());
        ParsedPage profile = client.parse("/@lena.bakes");
        PostListPage list = (PostListPage) client.parse(listPath("0"));

        PostStats rounded = new PostStats(1_800_000, 22_600, 16_000, 259, 2_787L, false);
        assertThat(new String(client.get(postPath()).body(), StandardCharsets.UTF_8)).doesNotContain("statsV2");
        assertThat(page).isEqualTo(new PostPage(withStats(post, rounded)));
        assertThat(list.items().getFirst().stats()).isEqualTo(rounded);
        assertThat(profile).isEqualTo(new ParsedPage.ProfilePage(new CreatorProfile(lena.handle(), lena.platformUserId(), lena.secUid(),
                lena.nickname(), 12_400L, 100L, DisplayRounding.round(lena.likesReceived()), 5L, false, false), List.of()));
        assertThat(lena.followers()).isEqualTo(12_352L);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "deleted       | statusCode 10221 user not found or banned",
            "deleted:10202 | statusCode 10202 user does not exist"})
    void deletedAnswersEveryRouteAsTheGoneUserItIs(String fault, String profileReason) {
        sandbox.faults().set("lena.bakes", Fault.parse(fault));

        assertThat(client.get("/@lena.bakes").statusCode()).isEqualTo(200);
        assertThat(client.parse("/@lena.bakes")).isEqualTo(new NoData(Outcome.NOT_FOUND, profileReason));
        assertThat(client.parse(postPath())).isEqualTo(new NoData(Outcome.NOT_FOUND, "statusCode 10204 item does not exist"));
        assertThat(client.parse(listPath("0"))).isEqualTo(new NoData(Outcome.NOT_FOUND, profileReason));
        assertThat(client.parse("/@milo.trails").outcome()).as("others untouched").isEqualTo(Outcome.DATA);
    }

    @Test
    void hiddenKeepsTheProfileCountButListsNothing() {
        sandbox.faults().set("lena.bakes", Fault.parse("hidden"));

        assertThat(client.parse("/@lena.bakes")).isEqualTo(new ParsedPage.ProfilePage(lena, List.of()));
        assertThat(lena.postCount()).isEqualTo(5L);
        assertThat(client.text(listPath("0"))).isEqualTo("{\"statusCode\":0,\"statusMsg\":\"\",\"itemList\":[],\"hasMore\":false,\"cursor\":\"0\"}");
        assertThat(client.parse(listPath("0"))).isEqualTo(new PostListPage(List.of(), "0", false));
        assertThat(client.parse(postPath())).as("the posts are hidden, not gone").isEqualTo(new PostPage(post));
    }

    @Test
    void aStuckCursorAnswersTheCursorItWasAskedWithAndMoreToCome() {
        sandbox.faults().set("lena.bakes", Fault.parse("stuck-cursor"));

        assertThat(client.text(listPath("0"))).isEqualTo("{\"statusCode\":0,\"statusMsg\":\"\",\"itemList\":[],\"hasMore\":true,\"cursor\":\"0\"}");
        assertThat(client.parse(listPath("1772445600000"))).isEqualTo(new PostListPage(List.of(), "1772445600000", true));
        assertThat(client.parse("/@lena.bakes").outcome()).isEqualTo(Outcome.DATA);
        assertThat(client.parse(postPath())).isEqualTo(new PostPage(post));
    }

    @Test
    void aBadDayFaultOnACapturedPostPageServesAGeneratedPageOfItsData() {
        try (Sandbox captures = Sandbox.start(SandboxSettings.defaults().withPages(RealCaptures.folder()))) {
            SandboxClient real = new SandboxClient(captures);
            String path = "/@emthenutritionist/video/7608826249200356630";
            PostData captured = captures.library().post("7608826249200356630").orElseThrow();
            captures.faults().set(path, Fault.parse("rounded"));

            ParsedPage rounded = real.parse(path);
            captures.faults().set(path, Fault.parse("partial"));
            ParsedPage partial = real.parse(path);

            assertThat(captured.stats()).isEqualTo(new PostStats(2_900_000, 105_200, 499, 42_400, 124_842L, true));
            assertThat(rounded).isEqualTo(new PostPage(withStats(captured, new PostStats(2_900_000, 105_200, 499, 42_400, 124_800L, false))));
            assertThat(partial).isEqualTo(new PostPage(withStats(captured, null)));
        }
    }
}
