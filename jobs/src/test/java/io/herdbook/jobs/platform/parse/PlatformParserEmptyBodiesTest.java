package io.herdbook.jobs.platform.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.ParsedPage.NoData;
import io.herdbook.jobs.platform.ParsedPage.PostListPage;
import io.herdbook.jobs.platform.ParsedPage.PostPage;
import io.herdbook.jobs.platform.ParsedPage.ProfilePage;
import io.herdbook.jobs.platform.RawResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A leading byte-order mark is ignored everywhere; an empty HTTP 200 body is the web API's soft refusal
 * (BLOCKED), while an empty saved file records no answer at all (UNREADABLE).
 */
class PlatformParserEmptyBodiesTest {

    private static final String BOM = "\uFEFF";

    private final PlatformParser parser = new PlatformParser();

    @Test
    void aByteOrderMarkBeforeAJsonBodyIsIgnored() {
        // given a user-detail body with a byte-order mark in front
        String body = "{\"statusCode\":0,\"userInfo\":{\"user\":{\"uniqueId\":\"bom\"},\"stats\":{\"followerCount\":7}}}";

        // when
        ParsedPage withMark = parser.parse(RawResponse.ok(BOM + body));

        // then it reads exactly like the body without one
        assertThat(withMark).isInstanceOf(ProfilePage.class).isEqualTo(parser.parse(RawResponse.ok(body)));
    }

    @Test
    void aByteOrderMarkBeforeASavedFileIsIgnoredForJsonAndHtmlCaptures() {
        // given two real captures saved with a byte-order mark (and a blank line) in front
        String json = Fixtures.text("recommend-item-list-2022-11-api.json");
        String html = Fixtures.text("post-page-2022-08-sigi-state-merveilleux123.html");

        // when
        ParsedPage list = parser.parseCapture(BOM + json);
        ParsedPage post = parser.parseCapture(BOM + "\r\n" + BOM + html);

        // then
        assertThat(list).isInstanceOf(PostListPage.class).isEqualTo(parser.parseCapture(json));
        assertThat(post).isInstanceOf(PostPage.class).isEqualTo(parser.parseCapture(html));
    }

    @Test
    void aByteOrderMarkBeforeACurlCaptureOrItsBodyIsIgnored() {
        // given a curl -i capture with a mark before the status line, and one with a mark before the body
        String capture = BOM + "HTTP/2 403 \r\nserver: AkamaiGHost\r\n\r\n<HTML><TITLE>Access Denied</TITLE></HTML>";
        String bodyMark = "HTTP/2 200 \r\ncontent-type: application/json\r\n\r\n" + BOM + "{\"itemList\":[],\"hasMore\":false,\"cursor\":\"0\"}";

        // when
        ParsedPage blocked = parser.parseCapture(capture);
        ParsedPage list = parser.parseCapture(bodyMark);

        // then
        assertThat(blocked).isEqualTo(new NoData(Outcome.BLOCKED, "http 403 AkamaiGHost \"Access Denied\""));
        assertThat(list).isInstanceOf(PostListPage.class);
    }

    @ParameterizedTest(name = "body [{0}]")
    @ValueSource(strings = {"", "   ", "\r\n\t", "\uFEFF", "\uFEFF \r\n", " \uFEFF "})
    void anEmptyHttp200BodyIsTheApisSoftRefusalAndBlocked(String body) {
        // given an HTTP 200 whose body holds nothing but whitespace and marks

        // when
        ParsedPage page = parser.parse(RawResponse.ok(body));

        // then
        assertThat(page).isEqualTo(new NoData(Outcome.BLOCKED, "empty body"));
    }

    @ParameterizedTest(name = "file [{0}]")
    @ValueSource(strings = {"", "   ", "\n\n", "\uFEFF", "\uFEFF\uFEFF\r\n"})
    void anEmptyBlankOrMarkOnlySavedFileIsUnreadableNotBlocked(String file) {
        // given a saved file with nothing in it

        // when
        ParsedPage page = parser.parseCapture(file);

        // then it is no answer of the platform at all
        assertThat(page).isEqualTo(new NoData(Outcome.UNREADABLE, "empty file"));
    }

    @Test
    void aMissingFileTextIsAnEmptyFile() {
        // given no text at all

        // when
        ParsedPage page = parser.parseCapture(null);

        // then
        assertThat(page).isEqualTo(new NoData(Outcome.UNREADABLE, "empty file"));
    }

    @Test
    void aSavedCurlCaptureOfAnEmpty200IsStillTheApisSoftRefusal() {
        // given a curl -i capture whose 200 answer had an empty body: the file is not empty, the body is
        String capture = "HTTP/2 200 \r\ncontent-length: 0\r\n\r\n";

        // when
        ParsedPage page = parser.parseCapture(capture);

        // then
        assertThat(page).isEqualTo(new NoData(Outcome.BLOCKED, "empty body"));
        assertThat(parser.parse(new RawResponse(200, Map.of(), BOM))).isEqualTo(page);
    }
}
