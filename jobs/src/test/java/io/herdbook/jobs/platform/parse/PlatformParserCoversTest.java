package io.herdbook.jobs.platform.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.ParsedPage.PostListPage;
import io.herdbook.jobs.platform.ParsedPage.PostPage;
import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.platform.RawResponse;
import org.junit.jupiter.api.Test;

/** The cover a post's source shows, read from the real captures (values copied by hand from each file). */
class PlatformParserCoversTest {

    private final PlatformParser parser = new PlatformParser();

    @Test
    void aVideoPostPageGivesItsVideoCover() {
        PostData post = post(Fixtures.parse("post-page-2026-07-rehydration-video-detail-emthenutritionist.html"));

        assertThat(post.coverUrl()).isEqualTo("https://p19-common-sign.tiktokcdn-us.com/tos-no1a-p-0037-no/"
                + "oIqLDfu7IEDIQzeEsITAFDKvQvjfASXosL6Wz1~tplv-tiktokx-origin.image?dr=9636&x-expires=1784354400"
                + "&x-signature=w9qiz233t%2BlTPORVsccSckvoKfk%3D&t=4d5b0474&ps=13740610&shp=81f88b70&shcp=43f4a2f9&idc=useast8");
    }

    @Test
    void aPhotoPostGivesItsImagePostCoverEvenWithoutAVideoCover() {
        // given the real photo page with video.cover taken out (derived here; the capture is not changed), so only
        // imagePost.cover.imageURL.urlList[0] can give the cover
        String capture = Fixtures.text("photo-post-page-2026-02-reflow-imagepost-mu33.html");
        String withoutVideoCover = capture.replaceFirst("\"cover\":\"https:[^\"]*\"", "\"cover\":\"\"");
        assertThat(withoutVideoCover).isNotEqualTo(capture);

        // when
        PostData post = post(parser.parseCapture(withoutVideoCover));

        // then
        assertThat(post.coverUrl()).isEqualTo("https://p77-sign-sg.tiktokcdn.com/tos-alisg-i-photomode-sg/"
                + "5adc61558c14473cb13360223465c50f~tplv-photomode-image.jpeg?dr=14555&x-expires=1772121600"
                + "&x-signature=%2B36LJoSoi1nQoZPLvTz64OptN3A%3D&t=4d5b0474&ps=13740610&shp=81f88b70&shcp=9b759fb9&idc=my2&ftpl=1");
    }

    @Test
    void aPostListItemGivesItsVideoCover() {
        ParsedPage page = Fixtures.parse("item-list-2025-10-post-item_list-via-rapidapi-1item.json");

        assertThat(page).isInstanceOf(PostListPage.class);
        assertThat(((PostListPage) page).items()).singleElement().extracting(PostData::coverUrl).isEqualTo(
                "https://p19-common-sign.tiktokcdn-us.com/tos-alisg-p-0037/ooBvExDaAtlrZsOKBbEajAhZ4IkViyzAYDEOi~tplv-tiktokx-origin.image"
                        + "?dr=9636&x-expires=1761112800&x-signature=7Jegtv%2BRDjIQL7Y7t3Wdo%2FHjtDM%3D&t=4d5b0474&ps=13740610"
                        + "&shp=81f88b70&shcp=43f4a2f9&idc=useast8");
    }

    @Test
    void anOembedBodyGivesItsThumbnail() {
        PostData post = post(Fixtures.parse("oembed-2026-09-video-ahormozi.json"));

        assertThat(post.coverUrl()).isEqualTo("https://p19-common-sign.tiktokcdn-us.com/tos-useast5-p-0068-tx/"
                + "osBZIoFYxvSwo21ODDDAQvz2RplgvBfEarEEfk~tplv-tiktokx-dmt-logom:tos-useast5-i-0068-tx/"
                + "osD6jXctLQkAIAHmeEnLeMgIgxGAk9AqvAeSCp.image?dr=9634&x-expires=1790802000"
                + "&x-signature=l0xklr%2BLzJaNNWS3JTUm%2BGmOLDk%3D&t=4d5b0474&ps=13740610&shp=81f88b70&shcp=43f4a2f9&idc=useast5");
    }

    @Test
    void aPostWithoutAnyCoverHasNone() {
        ParsedPage page = parser.parse(RawResponse.ok("{\"statusCode\":0,\"itemInfo\":{\"itemStruct\":{\"id\":\"7610426235671350549\","
                + "\"createTime\":1771940448,\"author\":{\"uniqueId\":\"mu33.__\"},\"video\":{\"cover\":\" \"},"
                + "\"stats\":{\"playCount\":174,\"diggCount\":22,\"commentCount\":13,\"shareCount\":27}}}}"));

        assertThat(post(page).coverUrl()).isNull();
    }

    private static PostData post(ParsedPage page) {
        assertThat(page).isInstanceOf(PostPage.class);
        return ((PostPage) page).post();
    }
}
