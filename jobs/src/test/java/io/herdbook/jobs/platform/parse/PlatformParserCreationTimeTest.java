package io.herdbook.jobs.platform.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.platform.CommentData;
import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.ParsedPage.CommentListPage;
import io.herdbook.jobs.platform.ParsedPage.PostPage;
import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.platform.RawResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * CASES C1: the id's upper 32 bits are the upload start, so a {@code createTime} earlier than that is
 * impossible; the id's time is used instead and flagged approximate.
 */
class PlatformParserCreationTimeTest {

    private static final String PHOTO_ID = "7610426235671350549"; // id >>> 32 = 1771940438 = 2026-02-24T13:40:38Z

    private final PlatformParser parser = new PlatformParser();

    @Test
    void aCreateTimeEarlierThanTheIdTimeGivesWayToTheIdTimeFlaggedApproximate() {
        // given the photo post with a share link's timestamp (2025-02-09) as its createTime
        String item = item(PHOTO_ID, "1739090053");

        // when
        PostData post = post(item);

        // then
        assertThat(post.createdAt()).isEqualTo(Instant.parse("2026-02-24T13:40:38Z"));
        assertThat(post.createdApproximate()).isTrue();
    }

    @Test
    void aCreateTimeOneSecondBeforeTheIdTimeIsAlsoImpossible() {
        // given a createTime just before the upload start
        String item = item(PHOTO_ID, "1771940437");

        // when
        PostData post = post(item);

        // then
        assertThat(post.createdAt()).isEqualTo(Instant.ofEpochSecond(1_771_940_438L));
        assertThat(post.createdApproximate()).isTrue();
    }

    @Test
    void aCreateTimeAtOrAfterTheIdTimeIsKeptAsExact() {
        // given the real createTime, 10 s after the upload start (a string, as on the page), and one equal to it

        // when
        PostData real = post(item(PHOTO_ID, "\"1771940448\""));
        PostData same = post(item(PHOTO_ID, "1771940438"));

        // then
        assertThat(real.createdAt()).isEqualTo(Instant.parse("2026-02-24T13:40:48Z"));
        assertThat(real.createdApproximate()).isFalse();
        assertThat(same.createdAt()).isEqualTo(Instant.parse("2026-02-24T13:40:38Z"));
        assertThat(same.createdApproximate()).isFalse();
    }

    @Test
    void aCreateTimePastAnyInstantIsNoTimeAndTheParserDoesNotFail() {
        // given a createTime beyond Instant.MAX
        String item = item(PHOTO_ID, "9223372036854775807");

        // when
        PostData post = post(item);

        // then
        assertThat(post.createdAt()).isEqualTo(Instant.parse("2026-02-24T13:40:38Z"));
        assertThat(post.createdApproximate()).isTrue();
    }

    @Test
    void aMissingOrZeroCreateTimeFallsBackToTheIdTimeFlaggedApproximate() {
        // given the same post without createTime at all, and with the 0 some payloads put for "unknown"
        String missing = item(PHOTO_ID, "0").replace("\"createTime\":0,", "");
        assertThat(missing).doesNotContain("createTime");

        // when
        PostData absent = post(missing);
        PostData zero = post(item(PHOTO_ID, "0"));

        // then: id >>> 32, a lower bound, flagged approximate
        assertThat(absent.createdAt()).isEqualTo(Instant.ofEpochSecond(Long.parseUnsignedLong(PHOTO_ID) >>> 32))
                .isEqualTo(Instant.parse("2026-02-24T13:40:38Z"));
        assertThat(absent.createdApproximate()).isTrue();
        assertThat(zero.createdAt()).isEqualTo(Instant.parse("2026-02-24T13:40:38Z"));
        assertThat(zero.createdApproximate()).isTrue();
    }

    @Test
    void aCommentCreateTimeEarlierThanItsIdTimeGivesWayToTheIdTime() {
        // given a comment whose create_time is a day before its cid's time (cid >>> 32 = 1770281526)
        String body = "{\"comments\":[{\"cid\":\"7603301260598838032\",\"aweme_id\":\"7603296357641735445\",\"text\":\"hi\","
                + "\"create_time\":1770195126,\"user\":{\"unique_id\":\"u\"}}],\"cursor\":1,\"has_more\":0}";

        // when
        ParsedPage page = parser.parse(RawResponse.ok(body));

        // then
        CommentData comment = ((CommentListPage) page).comments().get(0);
        assertThat(comment.createdAt()).isEqualTo(Instant.ofEpochSecond(Long.parseUnsignedLong("7603301260598838032") >>> 32));
    }

    private PostData post(String item) {
        ParsedPage page = parser.parse(RawResponse.ok("{\"statusCode\":0,\"itemInfo\":{\"itemStruct\":" + item + "}}"));
        assertThat(page).isInstanceOf(PostPage.class);
        return ((PostPage) page).post();
    }

    private static String item(String id, String createTime) {
        return "{\"id\":\"" + id + "\",\"createTime\":" + createTime + ",\"author\":{\"uniqueId\":\"mu33.__\"},"
                + "\"imagePost\":{\"images\":[{}]},\"stats\":{\"playCount\":174,\"diggCount\":22,\"commentCount\":13,\"shareCount\":27}}";
    }
}
