package io.herdbook.jobs.platform.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.ParsedPage.PostPage;
import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.platform.PostKind;
import io.herdbook.jobs.platform.PostStats;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Post pages of every era and the oEmbed body, values read by hand from the captures. */
class PlatformParserPostPagesTest {

    @Test
    void readsTheNextDataPostPageIncludingItsPlayCountGlitch() {
        PostData post = post("post-page-2020-10-next-data-tiktok.html");

        assertPost(post, "6881450806688664838", PostKind.VIDEO, 0, "tiktok", "2020-10-09T03:04:22Z", false);
        assertThat(post.caption()).isEqualTo("Good vibes only 🤙 @420doggface208 @mickfleetwood @tomhayes603");
        // playCount equals commentCount in this capture (a platform glitch of the era); we report what it says.
        assertThat(post.stats()).isEqualTo(new PostStats(25_700, 1_300_000, 25_700, 13_100, null, false));
    }

    @Test
    void readsTheSigiPostPageWhoseAuthorIsAString() {
        PostData post = post("post-page-2022-08-sigi-state-merveilleux123.html");

        assertPost(post, "7135383664971582725", PostKind.VIDEO, 0, "merveilleux123", "2022-08-24T10:13:01Z", false);
        assertThat(post.caption()).isEqualTo("Compétences de vie#tiktok #fyp #pourtoi #foryou #compétences");
        assertThat(post.stats()).isEqualTo(new PostStats(5_800_000, 217_200, 801, 105_600, null, false));
    }

    @Test
    void readsTheVideoDetailScopeWithStatsV2AndAStringCollectCount() {
        PostData post = post("post-page-2026-07-rehydration-video-detail-emthenutritionist.html");

        assertPost(post, "7608826249200356630", PostKind.VIDEO, 0, "emthenutritionist", "2026-02-20T06:12:10Z", false);
        assertThat(post.caption()).startsWith("15 MINUTE CREAMY THAI COCONUT COD CURRY");
        assertThat(post.stats()).isEqualTo(new PostStats(2_900_000, 105_200, 499, 42_400, 124_842L, true));
        assertThat(post.pinned()).isFalse();
    }

    @Test
    void readsAReflowPhotoPostWithFourSlidesAsAPhoto() {
        PostData post = post("photo-post-page-2026-02-reflow-imagepost-mu33.html");

        assertPost(post, "7610426235671350549", PostKind.PHOTO, 4, "mu33.__", "2026-02-24T13:40:48Z", false);
        assertThat(post.stats()).isEqualTo(new PostStats(174, 22, 13, 27, 1L, false));
    }

    @Test
    void readsAnOembedBodyAsAPostWithoutStatsDatedByItsId() {
        PostData post = post("oembed-2026-09-video-ahormozi.json");

        assertPost(post, "7336007528070958382", PostKind.VIDEO, 0, "ahormozi", "2024-02-16T01:35:54Z", true);
        assertThat(post.caption()).isEqualTo("The Value Equation: Dream outcome + Perceived Likelihood of Achieving ÷ Time delay + Effort and Sacrifice = Value");
        assertThat(post.stats()).isNull();
    }

    @Test
    void aPageWhoseInlineScriptHasAnExportLineIsStillReadAsThePage() {
        // given the real 2026 post page with an inline script added before </head> whose second line opens a
        // module export, as a bundler's inlined chunk does (derived in the test; the capture is not changed)
        String capture = Fixtures.text("post-page-2026-07-rehydration-video-detail-emthenutritionist.html");
        String page = capture.replaceFirst("</head>", "<script>\n  export default {\"chunk\": 1}\n</script></head>");
        assertThat(page).isNotEqualTo(capture);

        // when
        ParsedPage parsed = new PlatformParser().parseCapture(page);

        // then
        assertThat(parsed).isInstanceOf(PostPage.class);
        assertThat(((PostPage) parsed).post().stats()).isEqualTo(new PostStats(2_900_000, 105_200, 499, 42_400, 124_842L, true));
    }

    private static PostData post(String file) {
        ParsedPage page = Fixtures.parse(file);
        assertThat(page).isInstanceOf(PostPage.class);
        return ((PostPage) page).post();
    }

    private static void assertPost(PostData post, String id, PostKind kind, int images, String handle, String created, boolean approximate) {
        assertThat(post.id()).isEqualTo(id);
        assertThat(post.kind()).isEqualTo(kind);
        assertThat(post.imageCount()).isEqualTo(images);
        assertThat(post.authorHandle()).isEqualTo(handle);
        assertThat(post.canonicalUrl()).isEqualTo("https://www.tiktok.com/@" + handle + "/" + kind.pathSegment() + "/" + id);
        assertThat(post.createdAt()).isEqualTo(Instant.parse(created));
        assertThat(post.createdApproximate()).isEqualTo(approximate);
    }
}
