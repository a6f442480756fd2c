package io.herdbook.jobs.platform.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.Payload;
import io.herdbook.jobs.platform.RawResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What the parser hands back for the raw archive, and that reading it again means what the answer meant. */
class PlatformParserPayloadTest {

    private final PlatformParser parser = new PlatformParser();

    private static final String SCRIPT = "{\"__DEFAULT_SCOPE__\":{\"webapp.video-detail\":{\"statusCode\":0,\"itemInfo\":{\"itemStruct\":"
            + "{\"id\":\"7608826249200356630\",\"createTime\":1760000000,\"desc\":\"caf\u00e9 \ud83c\udf70\",\"author\":{\"uniqueId\":\"lena.bakes\"},"
            + "\"stats\":{\"playCount\":1200,\"diggCount\":30,\"commentCount\":4,\"shareCount\":2,\"collectCount\":1}}}}}}";

    private static String page(String scriptTag, String json) {
        return "<!DOCTYPE html><html><head><title>t</title><style>body{margin:0}</style></head><body><div id=\"app\"></div>"
                + scriptTag + "\n  " + json + "  \n</script><script>window.other=1</script></body></html>";
    }

    @Test
    void aPagesPayloadIsItsDataScriptsJsonExactlyAndReadingItAgainGivesTheSamePage() {
        String html = page("<script id=\"__UNIVERSAL_DATA_FOR_REHYDRATION__\" type=\"application/json\">", SCRIPT);

        PlatformParser.Reading reading = parser.read(RawResponse.ok(html));

        assertThat(reading.page()).isInstanceOf(ParsedPage.PostPage.class).isEqualTo(parser.parse(RawResponse.ok(html)));
        assertThat(reading.payload()).isEqualTo(new Payload(Payload.Kind.REHYDRATION_SCRIPT, SCRIPT,
                html.getBytes(StandardCharsets.UTF_8).length));
        assertThat(parser.reread(reading.payload())).isEqualTo(reading.page());
    }

    @Test
    void aSigiAssignmentKeepsOnlyTheObjectAssigned() {
        String sigi = "{\"ItemModule\":{},\"UserModule\":{}}";
        String html = page("<script id=\"sigi-persisted-data\">", "window['SIGI_STATE']=" + sigi + ";window['X']=1");

        Payload payload = parser.read(RawResponse.ok(html)).payload();

        assertThat(payload.kind()).isEqualTo(Payload.Kind.SIGI_SCRIPT);
        assertThat(payload.text()).isEqualTo(sigi);
        // Read again as SIGI_STATE: the same outcome, its reason naming the id the object is now read as.
        assertThat(parser.reread(payload)).isEqualTo(new ParsedPage.NoData(Outcome.SHELL, "data script SIGI_STATE without a detail scope"));
        assertThat(parser.parse(RawResponse.ok(html)).outcome()).isEqualTo(Outcome.SHELL);
    }

    @Test
    void anApiBodyIsKeptWithoutItsSurroundingWhitespace() {
        String body = "{\"itemList\":[],\"hasMore\":false,\"cursor\":\"0\"}";

        PlatformParser.Reading reading = parser.read(new RawResponse(200, Map.of("Content-Type", List.of("application/json")),
                "\n" + body + "\n\n"));

        assertThat(reading.page()).isEqualTo(new ParsedPage.PostListPage(List.of(), "0", false));
        assertThat(reading.payload()).isEqualTo(new Payload(Payload.Kind.API_BODY, body, body.length() + 3));
        assertThat(parser.reread(reading.payload())).isEqualTo(reading.page());
    }

    @Test
    void aDataScriptWithoutADetailScopeIsKeptForAFixedParserToTryAgain() {
        String json = "{\"__DEFAULT_SCOPE__\":{\"webapp.app-context\":{}}}";
        String html = page("<script id=\"__UNIVERSAL_DATA_FOR_REHYDRATION__\">", json);

        PlatformParser.Reading reading = parser.read(RawResponse.ok(html));

        assertThat(reading.page().outcome()).isEqualTo(Outcome.SHELL);
        assertThat(reading.payload().text()).isEqualTo(json);
        assertThat(parser.reread(reading.payload())).isEqualTo(
                new ParsedPage.NoData(Outcome.SHELL, "data script __UNIVERSAL_DATA_FOR_REHYDRATION__ without a detail scope"));
    }

    @Test
    void refusalsAndPagesWithoutADataScriptHaveNoPayload() {
        String challenge = "<!DOCTYPE html><html><head><script>var a=1;</script></head><body></body></html>";

        assertThat(parser.read(new RawResponse(403, Map.of("Server", List.of("AkamaiGHost")), "<html>Access Denied</html>")).payload())
                .isNull();
        assertThat(parser.read(RawResponse.ok(challenge)).payload()).isNull();
        assertThat(parser.read(RawResponse.ok("")).payload()).isNull();
    }

    @Test
    void aPayloadThatIsNotJsonAnyMoreReadsAsUnreadableWithoutThrowing() {
        assertThat(parser.reread(new Payload(Payload.Kind.REHYDRATION_SCRIPT, "{\"__DEFAULT_SCOPE__\":", 10)).outcome())
                .isEqualTo(Outcome.UNREADABLE);
        assertThat(parser.reread(new Payload(Payload.Kind.API_BODY, "not json", 8)).outcome()).isEqualTo(Outcome.UNREADABLE);
    }

    @Test
    void everyCapturedAnswerReadsAgainFromItsPayloadAsItDidWholeAndThePayloadOfAPageIsFarSmallerThanThePage() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Fixtures.dir())) {
            files = list.filter(p -> !p.getFileName().toString().equals("SOURCES.md")).sorted().toList();
        }
        int withPayload = 0;
        for (Path file : files) {
            RawResponse response = CaptureSplitter.split(Fixtures.text(file.getFileName().toString()));
            PlatformParser.Reading reading = parser.read(response);
            if (reading.payload() == null) {
                continue;
            }
            withPayload++;
            assertThat(parser.reread(reading.payload())).as(file.getFileName().toString()).isEqualTo(reading.page());
            assertThat(response.body()).contains(reading.payload().text());
        }
        assertThat(withPayload).isGreaterThanOrEqualTo(14);
        String profile = Fixtures.text("profile-page-2024-12-rehydration-mariannas_pantry.html");
        Payload payload = parser.read(RawResponse.ok(profile)).payload();
        assertThat(payload.kind()).isEqualTo(Payload.Kind.REHYDRATION_SCRIPT);
        assertThat(payload.text().length()).isLessThan(profile.length() / 2);
    }
}
