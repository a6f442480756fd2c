package io.herdbook.jobs.platform.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.platform.CommentData;
import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.ParsedPage.Bundle;
import io.herdbook.jobs.platform.ParsedPage.CommentListPage;
import io.herdbook.jobs.platform.ParsedPage.PostListPage;
import io.herdbook.jobs.platform.ParsedPage.ProfilePage;
import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.platform.PostKind;
import io.herdbook.jobs.platform.PostStats;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** API bodies (plain, RapidAPI- and TikHub-wrapped) and the TypeScript module of recorded responses. */
class PlatformParserApiBodiesTest {

    @Test
    void readsTheRecommendFeedAsAListOf28PostsWithoutCursor() {
        PostListPage page = (PostListPage) expect(Fixtures.parse("recommend-item-list-2022-11-api.json"), PostListPage.class);

        assertThat(page.items()).hasSize(28);
        assertThat(page.hasMore()).isTrue();
        assertThat(page.cursor()).isNull();
        PostData first = page.items().get(0);
        assertThat(first.id()).isEqualTo("7158770362770099483");
        assertThat(first.authorHandle()).isEqualTo("zoey._.03.18");
        assertThat(first.canonicalUrl()).isEqualTo("https://www.tiktok.com/@zoey._.03.18/video/7158770362770099483");
        assertThat(first.createdAt()).isEqualTo(Instant.parse("2022-10-26T10:45:16Z"));
        assertThat(first.stats()).isEqualTo(new PostStats(376_700, 56_900, 0, 118, null, false));
        PostData last = page.items().get(27);
        assertThat(last.id()).isEqualTo("7155516849348676865");
        assertThat(last.authorHandle()).isEqualTo("abir.sag");
        assertThat(last.createdAt()).isEqualTo(Instant.parse("2022-10-17T16:20:07Z"));
        assertThat(last.stats()).isEqualTo(new PostStats(22_000_000, 2_800_000, 12_600, 22_100, null, false));
        assertThat(page.items()).allMatch(p -> p.kind() == PostKind.VIDEO && !p.pinned());
    }

    @Test
    void unwrapsTheRapidApiPostListAndReadsThePinnedItemWithExactStats() {
        PostListPage page = (PostListPage) expect(Fixtures.parse("item-list-2025-10-post-item_list-via-rapidapi-1item.json"), PostListPage.class);

        assertThat(page.cursor()).isEqualTo("1758331327601");
        assertThat(page.hasMore()).isTrue();
        assertThat(page.items()).hasSize(1);
        PostData post = page.items().get(0);
        assertThat(post.id()).isEqualTo("7513039993741397256");
        assertThat(post.kind()).isEqualTo(PostKind.VIDEO);
        assertThat(post.authorHandle()).isEqualTo("zg.520");
        assertThat(post.canonicalUrl()).isEqualTo("https://www.tiktok.com/@zg.520/video/7513039993741397256");
        assertThat(post.createdAt()).isEqualTo(Instant.parse("2025-06-07T03:12:22Z"));
        assertThat(post.createdApproximate()).isFalse();
        assertThat(post.pinned()).isTrue();
        assertThat(post.stats()).isEqualTo(new PostStats(1_900_000, 68_300, 1_502, 2_528, 5_012L, true));
    }

    @Test
    void unwrapsTheRapidApiUserDetailAndPrefersExactStatsV2() {
        ProfilePage page = (ProfilePage) expect(Fixtures.parse("user-detail-api-2025-10-via-rapidapi.json"), ProfilePage.class);

        PlatformParserProfilePagesTest.assertProfile(page.profile(), "zg.520", "6799838955094836230",
                "MS4wLjABAAAAkagks5n_8XDIMWf94LZDUYs54FG5bJmEFJkWtjA__uRUN8QWaavHhzSyEO6WBPQj",
                427_682L, 176L, 6_764_096L, 1605L, true);
        assertThat(page.posts()).isEmpty();
    }

    @Test
    void unwrapsTheTikHubCommentListAndReadsAnImageOnlyComment() {
        CommentListPage page = (CommentListPage) expect(Fixtures.parse("comment-list-2026-02-api-via-tikhub.json"), CommentListPage.class);

        assertThat(page.comments()).hasSize(19);
        assertThat(page.cursor()).isEqualTo("20");
        assertThat(page.hasMore()).isTrue();
        assertThat(page.total()).isEqualTo(227L);
        assertThat(page.comments().get(0)).isEqualTo(new CommentData("7603301260598838032", "7603296357641735445", "zainjutt.31", "", 1,
                Instant.parse("2026-02-05T08:54:53Z"), 2, 0));
        assertThat(page.comments().get(1).text()).isEqualTo("Hi oyyyyyyyyy ❤️🥀😁");
        assertThat(page.comments().get(18).id()).isEqualTo("7603296849801544449");
        assertThat(page.comments()).allMatch(c -> c.postId().equals("7603296357641735445"));
    }

    @Test
    void readsTheRecordedTypeScriptResponsesAsABundleOfProfileAndTwoLists() {
        Bundle bundle = (Bundle) expect(Fixtures.parse("api-responses-2021-01-item_list-user-hashtag.ts.txt"), Bundle.class);

        assertThat(bundle.parts()).hasSize(3);
        ProfilePage user = (ProfilePage) expect(bundle.parts().get(0), ProfilePage.class);
        PlatformParserProfilePagesTest.assertProfile(user.profile(), "tiktok", "107955",
                "MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM", 48_300_000L, 491L, 241_100_000L, 112L, false);

        PostListPage listV2 = (PostListPage) expect(bundle.parts().get(1), PostListPage.class);
        assertThat(listV2.items()).hasSize(7);
        assertThat(listV2.cursor()).isEqualTo("1586912225000");
        assertThat(listV2.hasMore()).isTrue();
        PostData first = listV2.items().get(0);
        assertThat(first.id()).isEqualTo("6912598122988326149");
        assertThat(first.canonicalUrl()).isEqualTo("https://www.tiktok.com/@tiktok/video/6912598122988326149");
        assertThat(first.createdAt()).isEqualTo(Instant.parse("2021-01-01T01:31:21Z"));
        assertThat(first.stats()).isEqualTo(new PostStats(853_600, 85_700, 16_600, 680, null, false));
        assertThat(listV2.items().get(6).id()).isEqualTo("6881450806688664838");
        assertThat(listV2.items().get(6).stats()).isEqualTo(new PostStats(49_100_000, 1_700_000, 43_500, 16_800, null, false));

        PostListPage shareList = (PostListPage) expect(bundle.parts().get(2), PostListPage.class);
        assertThat(shareList.items()).hasSize(24);
        assertThat(shareList.cursor()).isEqualTo("1584739448000");
        assertThat(shareList.hasMore()).isTrue();
        PostData charli = shareList.items().get(0);
        assertThat(charli.id()).isEqualTo("6807325450981969158");
        assertThat(charli.authorHandle()).isEqualTo("charlidamelio");
        assertThat(charli.caption()).isEmpty();
        assertThat(charli.createdAt()).isEqualTo(Instant.parse("2020-03-23T08:59:28Z"));
        assertThat(charli.stats()).isEqualTo(new PostStats(5_893_701, 1_563_781, 46_142, 6_728, null, false));
        PostData last = shareList.items().get(23);
        assertThat(last.id()).isEqualTo("6806404096765988102");
        assertThat(last.createdAt()).isEqualTo(Instant.parse("2020-03-20T21:24:08Z"));
        assertThat(last.stats()).isEqualTo(new PostStats(20_120_647, 3_711_854, 62_328, 19_717, null, false));
    }

    @ParameterizedTest(name = "trailing U+{0}")
    @ValueSource(strings = {"000C", "2028", "2003", "000B", "001C", "000A"})
    void anApiBodyEndingInWhatJavaCountsAsWhitespaceIsReadAsWithout(String codePoint) {
        // given the real oEmbed body with one trailing character that JSON does not allow but String.strip() removes
        // (derived in the test; the capture is not changed)
        String capture = Fixtures.text("oembed-2026-09-video-ahormozi.json");
        String padded = capture + Character.toString(Integer.parseInt(codePoint, 16));

        // when / then: the same post as from the capture itself
        assertThat(new PlatformParser().parseCapture(padded)).isEqualTo(Fixtures.parse("oembed-2026-09-video-ahormozi.json"))
                .isInstanceOf(ParsedPage.PostPage.class);
    }

    @Test
    void theRecordedResponsesModuleSavedWithACommentInFrontIsStillABundle() {
        // given the real TypeScript module with an HTML-style comment line in front, as a browser's "save as" adds
        // (derived in the test)
        String saved = "<!-- saved from https://example.test -->\n" + Fixtures.text("api-responses-2021-01-item_list-user-hashtag.ts.txt");

        // when
        ParsedPage page = new PlatformParser().parseCapture(saved);

        // then
        assertThat(((Bundle) expect(page, Bundle.class)).parts()).hasSize(3);
    }

    static ParsedPage expect(ParsedPage page, Class<? extends ParsedPage> type) {
        assertThat(page).isInstanceOf(type);
        return page;
    }
}
