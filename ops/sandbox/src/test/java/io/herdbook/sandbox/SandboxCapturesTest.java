package io.herdbook.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.ParsedPage.PostListPage;
import io.herdbook.jobs.platform.PostData;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The sandbox over the real captures, spoken to over loopback HTTP. */
class SandboxCapturesTest {

    private static Sandbox sandbox;
    private static SandboxClient client;

    @BeforeAll
    static void start() {
        RealCaptures.find().ifPresent(dir -> {
            sandbox = Sandbox.start(SandboxSettings.defaults().withPages(dir));
            client = new SandboxClient(sandbox);
        });
    }

    /** Each test is skipped on its own, with the reason, so a run without captures says what it left out. */
    @BeforeEach
    void needsTheCaptures() {
        RealCaptures.folder();
    }

    @AfterAll
    static void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @AfterEach
    void clearFaults() {
        if (sandbox != null) {
            sandbox.faults().clear();
        }
    }

    @Test
    void servesEveryProfileAndPostPageAuthorOfTheCapturesAsACreator() {
        assertThat(sandbox.library().isGenerated()).isFalse();
        assertThat(sandbox.library().creators().keySet()).containsExactlyInAnyOrder(
                "tiktok", "dylanlemay", "mariannas_pantry", "rapvietvevo", "alcaldiasa", "zg.520",
                "emthenutritionist", "merveilleux123", "mu33.__");
        assertThat(sandbox.library().derivedProfiles()).containsExactlyInAnyOrder("emthenutritionist", "merveilleux123", "mu33.__");
        assertThat(sandbox.library().posts("dylanlemay")).hasSize(30);
    }

    @Test
    void aCapturedProfilePageIsServedByteForByte() {
        HttpResponse<byte[]> response = client.get("/@dylanlemay");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(RealCaptures.bytes("profile-page-2023-02-sigi-state-dylanlemay.html"));
        assertThat(client.get("/@alcaldiasa").body())
                .isEqualTo(RealCaptures.bytes("profile-page-2026-05-rehydration-statsv2-alcaldiasa.html"));
    }

    @Test
    void aCapturedPostPageIsServedByteForByteUnderEitherKindOfPath() {
        byte[] photo = RealCaptures.bytes("photo-post-page-2026-02-reflow-imagepost-mu33.html");

        assertThat(client.get("/@mu33.__/photo/7610426235671350549").body()).isEqualTo(photo);
        assertThat(client.get("/@mu33.__/video/7610426235671350549").body()).isEqualTo(photo);
        assertThat(client.get("/@emthenutritionist/video/7608826249200356630").body())
                .isEqualTo(RealCaptures.bytes("post-page-2026-07-rehydration-video-detail-emthenutritionist.html"));
    }

    @Test
    void itemListPagesThroughThirtyPostsTenAtATimeWithAStrictlyFallingCursor() {
        String secUid = sandbox.library().creator("dylanlemay").orElseThrow().secUid();
        List<String> ids = new ArrayList<>();
        List<Long> cursors = new ArrayList<>();
        String cursor = "0";
        boolean hasMore = true;
        int pages = 0;
        while (hasMore && pages < 10) {
            PostListPage page = (PostListPage) client.parse(
                    "/api/post/item_list?secUid=" + SandboxClient.urlEncode(secUid) + "&count=10&cursor=" + cursor);
            page.items().forEach(p -> ids.add(p.id()));
            cursor = page.cursor();
            cursors.add(Long.parseLong(cursor));
            hasMore = page.hasMore();
            pages++;
        }

        assertThat(pages).isEqualTo(3);
        assertThat(ids).hasSize(30).doesNotHaveDuplicates();
        assertThat(cursors).isSortedAccordingTo((a, b) -> Long.compare(b, a)).doesNotHaveDuplicates();
        assertThat(ids).containsExactlyElementsOf(sandbox.library().posts("dylanlemay").stream().map(PostData::id).toList());
    }

    @Test
    void aBlockedFaultOnAPostReplaysTheCapturedAkamai403() {
        String path = "/@emthenutritionist/video/7608826249200356630";
        sandbox.faults().set(path, Fault.parse("blocked:akamai-403"));

        HttpResponse<byte[]> response = client.get(path);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("server")).hasValue("AkamaiGHost");
        assertThat(new String(response.body())).contains("<TITLE>Access Denied</TITLE>");
        assertThat(client.parse(response).outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(client.get("/@dylanlemay").statusCode()).as("other paths are untouched").isEqualTo(200);
    }

    @Test
    void everyCapturedRefusalKeepsItsRealStatusAndLocation() {
        sandbox.faults().set("@tiktok", new Fault.Blocked("login"));
        sandbox.faults().set("/@dylanlemay", new Fault.Blocked("region-notfound"));
        sandbox.faults().set("/@alcaldiasa", new Fault.Blocked("451"));

        HttpResponse<byte[]> login = client.get("/@tiktok/video/6881450806688664838");
        HttpResponse<byte[]> region = client.get("/@dylanlemay");
        HttpResponse<byte[]> legal = client.get("/@alcaldiasa");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("location").orElseThrow()).contains("/login?").contains("enter_method=mandatory");
        assertThat(region.statusCode()).isEqualTo(302);
        assertThat(region.headers().firstValue("location")).hasValue("https://www.tiktok.com/hk/notfound");
        assertThat(legal.statusCode()).isEqualTo(451);
        assertThat(List.of(login, region, legal)).allSatisfy(r -> assertThat(client.parse(r).outcome()).isEqualTo(Outcome.BLOCKED));
    }

    @Test
    void aHandleFaultCoversTheCreatorsPostList() {
        String secUid = sandbox.library().creator("dylanlemay").orElseThrow().secUid();
        sandbox.faults().set("dylanlemay", new Fault.Status(503));

        assertThat(client.get("/api/post/item_list?secUid=" + SandboxClient.urlEncode(secUid)).statusCode()).isEqualTo(503);
        assertThat(client.parse("/@dylanlemay").outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void unknownHandlesAndPostsAreTheParsersNotFound() {
        HttpResponse<byte[]> user = client.get("/@nobody.here.42");
        HttpResponse<byte[]> post = client.get("/@dylanlemay/video/7000000000000000001");

        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(client.parse(user).outcome()).isEqualTo(Outcome.NOT_FOUND);
        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(client.parse(post).outcome()).isEqualTo(Outcome.NOT_FOUND);
        assertThat(client.get("/explore").statusCode()).isEqualTo(404);
    }

    @Test
    void theCapturedCommentPageIsServedWithoutTheProxyEnvelopeAndOnlyOnce() {
        ParsedPage first = client.parse("/api/comment/list?aweme_id=7603296357641735445&count=20&cursor=0");
        ParsedPage second = client.parse("/api/comment/list?aweme_id=7603296357641735445&count=20&cursor=20");
        JsonNode body = Json.MAPPER.readTree(client.text("/api/comment/list?aweme_id=7603296357641735445"));

        assertThat(first).isInstanceOfSatisfying(ParsedPage.CommentListPage.class, page -> {
            assertThat(page.comments()).hasSize(19);
            assertThat(page.total()).isEqualTo(227L);
        });
        assertThat(body.has("request_id")).as("TikHub envelope removed").isFalse();
        assertThat(second).isInstanceOfSatisfying(ParsedPage.CommentListPage.class, page -> {
            assertThat(page.comments()).isEmpty();
            assertThat(page.hasMore()).isFalse();
        });
    }

    @Test
    void listsCreatorsWithTheirSecUidAndPostCount() {
        JsonNode creators = Json.MAPPER.readTree(client.text("/__sandbox/creators"));

        assertThat(creators.size()).isEqualTo(9);
        JsonNode dylan = creators.valueStream().filter(c -> c.get("handle").asString().equals("dylanlemay")).findFirst().orElseThrow();
        assertThat(dylan.get("posts").asInt()).isEqualTo(30);
        assertThat(dylan.get("secUid").asString()).startsWith("MS4wLjABAAAA");
    }
}
