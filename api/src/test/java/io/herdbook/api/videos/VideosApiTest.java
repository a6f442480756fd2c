package io.herdbook.api.videos;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.api.access.ApiHttp;
import io.herdbook.api.access.TestKeys;
import io.herdbook.jobs.testing.SettableClock;
import io.herdbook.jobs.tracking.TenantStore;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The video endpoints over real HTTP on loopback against real PostgreSQL: adding by link (one and in bulk), reading,
 * turning tracking on and off, the inbox's approve and exclude, another organisation's ids (C18, C19) and paging by
 * (posted_at, id) (C21). Each test has an organisation of its own (organisation "bravo" is the foreign one).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "herdbook.test.database.name=videos_api")
@Import(VideosApiTest.Clocks.class)
class VideosApiTest {

    static final SettableClock CLOCK = new SettableClock(Instant.parse("2026-10-01T09:00:00Z"));
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant UPLOADED = Instant.parse("2026-09-20T12:00:00Z");

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        Clock settableClock() {
            return CLOCK;
        }
    }

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired TenantStore tenants;

    private ApiHttp http;
    private String alpha;
    private long alphaOrg;
    private long alphaProject;
    private String bravo;
    private long bravoProject;

    @BeforeEach
    void setUp() {
        http = new ApiHttp(port);
        String slug = "videos-" + UUID.randomUUID().toString().substring(0, 8);
        alpha = TestKeys.owner(context, slug);
        alphaOrg = tenants.organisation(slug).orElseThrow();
        alphaProject = tenants.ensureProject(alphaOrg, "main", "Main");
        bravo = TestKeys.owner(context, "videos-bravo");
        bravoProject = tenants.ensureProject(tenants.organisation("videos-bravo").orElseThrow(), "main", "Main");
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return http.json(method, path, alpha, body);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static String quoted(List<String> texts) {
        return "[" + String.join(", ", texts.stream().map(t -> "\"" + t + "\"").toList()) + "]";
    }

    private HttpResponse<String> addOne(String key, long project, String url) throws Exception {
        return http.json("POST", "/api/v1/videos", key, "{\"project_id\": " + project + ", \"url\": \"" + url + "\"}");
    }

    private HttpResponse<String> addMany(long project, List<String> urls) throws Exception {
        return send("POST", "/api/v1/videos", "{\"project_id\": " + project + ", \"urls\": " + quoted(urls) + "}");
    }

    private long addedId(String key, long project, String url) throws Exception {
        HttpResponse<String> added = addOne(key, project, url);
        assertThat(added.statusCode()).as(added.body()).isIn(200, 201);
        return json(added).get("id").asLong();
    }

    private long posts(long organisation) {
        return jdbc.queryForObject("SELECT count(*) FROM posts WHERE organisation_id = ?", Long.class, organisation);
    }

    private String status(long post) {
        return jdbc.queryForObject("SELECT tracking_status || ' ' || tracked FROM posts WHERE id = ?", String.class, post);
    }

    @Test
    void aPostIsOneVideoWhateverHandleItsLinkNamesAndALinkWithNoRealPostIdIsA400() throws Exception {
        String id = VideoLinks.id(UPLOADED.plusSeconds(300));
        long first = addedId(alpha, alphaProject, VideoLinks.video("real.author", id));
        long creators = jdbc.queryForObject("SELECT count(*) FROM creators WHERE organisation_id = ?", Long.class, alphaOrg);

        HttpResponse<String> otherHandle = addOne(alpha, alphaProject, VideoLinks.video("someone.else", id));
        HttpResponse<String> zero = addOne(alpha, alphaProject, "https://www.tiktok.com/@real.author/video/0");

        assertThat(otherHandle.statusCode()).as(otherHandle.body()).isEqualTo(200);
        assertThat(json(otherHandle).get("id").asLong()).isEqualTo(first);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM creators WHERE organisation_id = ?", Long.class, alphaOrg)).isEqualTo(creators);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM posts WHERE organisation_id = ? AND platform_post_id = ?", Long.class, alphaOrg, id))
                .isEqualTo(1);
        assertThat(zero.statusCode()).isEqualTo(400);
    }

    @Test
    void aLinkCanAddACreatorOnlyWithinTheCreatorsFigureAndNeverForARemovedOne() throws Exception {
        jdbc.update("INSERT INTO limit_overrides (organisation_id, limit_name, value) VALUES (?, 'creators', 1)", alphaOrg);
        addedId(alpha, alphaProject, VideoLinks.video("only.one", VideoLinks.id(UPLOADED.plusSeconds(400))));
        long posts = posts(alphaOrg);

        HttpResponse<String> secondCreator = addOne(alpha, alphaProject, VideoLinks.video("second.one", VideoLinks.id(UPLOADED.plusSeconds(401))));
        jdbc.update("UPDATE creators SET status = 'DISABLED', disabled_reason = 'REMOVED' WHERE organisation_id = ? AND handle = 'only.one'", alphaOrg);
        HttpResponse<String> removed = addOne(alpha, alphaProject, VideoLinks.video("only.one", VideoLinks.id(UPLOADED.plusSeconds(402))));

        assertThat(secondCreator.statusCode()).as(secondCreator.body()).isEqualTo(402);
        assertThat(json(secondCreator).get("limit").asString()).isEqualTo("creators");
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(409);
        assertThat(posts(alphaOrg)).isEqualTo(posts);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM creators WHERE organisation_id = ?", Long.class, alphaOrg)).isEqualTo(1);
    }

    @Test
    void theTrackedVideosFigureRefusesABulkThatWouldPassItWholeAndCountsOnlyTrackedOnes() throws Exception {
        jdbc.update("INSERT INTO limit_overrides (organisation_id, limit_name, value) VALUES (?, 'tracked_videos', 2)", alphaOrg);
        List<String> three = List.of(VideoLinks.video("a.b", VideoLinks.id(UPLOADED)), VideoLinks.video("a.b", VideoLinks.id(UPLOADED.plusSeconds(1))),
                VideoLinks.video("a.b", VideoLinks.id(UPLOADED.plusSeconds(2))));

        HttpResponse<String> tooMany = addMany(alphaProject, three);
        HttpResponse<String> two = addMany(alphaProject, three.subList(0, 2));
        HttpResponse<String> again = addMany(alphaProject, three.subList(0, 2));

        assertThat(tooMany.statusCode()).as(tooMany.body()).isEqualTo(402);
        assertThat(json(tooMany).get("limit").asString()).isEqualTo("tracked_videos");
        assertThat(two.statusCode()).as(two.body()).isEqualTo(200);
        assertThat(again.statusCode()).as("known posts add nothing: " + again.body()).isEqualTo(200);
        long first = json(two).get("items").get(0).get("video").get("id").asLong();
        assertThat(send("PATCH", "/api/v1/videos/" + first, "{\"tracking\": \"EXCLUDED\"}").statusCode()).isEqualTo(200);
        assertThat(addOne(alpha, alphaProject, three.get(2)).statusCode()).isEqualTo(201);
        HttpResponse<String> retrack = send("PATCH", "/api/v1/videos/" + first, "{\"tracking\": \"TRACKED\"}");
        assertThat(retrack.statusCode()).as(retrack.body()).isEqualTo(402);
        assertThat(status(first)).isEqualTo("EXCLUDED false");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM posts WHERE organisation_id = ? AND tracked", Long.class, alphaOrg)).isEqualTo(2);
    }

    @Test
    void aVideoAndAPhotoAreAddedByLinkFromEitherHostWithQueryStringsTrackedWithTheIdsTime() throws Exception {
        String videoId = VideoLinks.id(UPLOADED);
        String photoId = VideoLinks.id(UPLOADED.plusSeconds(60));

        HttpResponse<String> video = addOne(alpha, alphaProject, VideoLinks.video("Lena.Bakes", videoId) + "?is_from_webapp=1&sender_device=pc");
        HttpResponse<String> photo = addOne(alpha, alphaProject,
                "https://m.tiktok.com/@lena.bakes/photo/" + photoId + "?mid=7512345678901234567&timestamp=1760000000");

        assertThat(video.statusCode()).as(video.body()).isEqualTo(201);
        JsonNode v = json(video);
        assertThat(video.headers().firstValue("Location")).contains("/api/v1/videos/" + v.get("id").asLong());
        assertThat(v.get("kind").asString()).isEqualTo("VIDEO");
        assertThat(v.get("platform_post_id").asString()).isEqualTo(videoId);
        assertThat(v.get("handle").asString()).isEqualTo("lena.bakes");
        assertThat(v.get("url").asString()).isEqualTo(VideoLinks.video("lena.bakes", videoId));
        assertThat(Instant.parse(v.get("posted_at").asString())).isEqualTo(UPLOADED);
        assertThat(v.get("posted_at_approximate").asBoolean()).isTrue();
        assertThat(Instant.parse(v.get("first_seen_at").asString())).isEqualTo(CLOCK.instant());
        assertThat(v.get("tracking").asString()).isEqualTo("TRACKED");
        assertThat(v.get("project_id").asLong()).isEqualTo(alphaProject);
        assertThat(v.get("stats").isNull()).isTrue();

        assertThat(photo.statusCode()).as(photo.body()).isEqualTo(201);
        JsonNode p = json(photo);
        assertThat(p.get("kind").asString()).isEqualTo("PHOTO");
        assertThat(p.get("platform_post_id").asString()).isEqualTo(photoId);
        assertThat(Instant.parse(p.get("posted_at").asString())).isEqualTo(UPLOADED.plusSeconds(60));
        // one creator, registered by handle in the project, holds both
        assertThat(p.get("creator_id").asLong()).isEqualTo(v.get("creator_id").asLong());
        assertThat(jdbc.queryForList("SELECT handle FROM creators WHERE project_id = ?", String.class, alphaProject)).containsExactly("lena.bakes");
        assertThat(status(v.get("id").asLong())).isEqualTo("TRACKED true");

        HttpResponse<String> read = send("GET", "/api/v1/videos/" + v.get("id").asLong(), null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read)).isEqualTo(v);
    }

    @Test
    void aKnownVideoIsReturnedAsItIsAndNothingIsAddedTwice() throws Exception {
        String id = VideoLinks.id(UPLOADED);
        long video = addedId(alpha, alphaProject, VideoLinks.video("milo.trails", id));
        assertThat(send("PATCH", "/api/v1/videos/" + video, "{\"tracking\": \"EXCLUDED\"}").statusCode()).isEqualTo(200);

        HttpResponse<String> again = addOne(alpha, alphaProject, "https://m.tiktok.com/@milo.trails/video/" + id + "?lang=en");
        HttpResponse<String> inBulk = addMany(alphaProject, List.of(VideoLinks.video("milo.trails", id), VideoLinks.video("milo.trails", VideoLinks.id(UPLOADED))));

        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json(again).get("id").asLong()).isEqualTo(video);
        assertThat(json(again).get("tracking").asString()).as("re-adding does not change its tracking").isEqualTo("EXCLUDED");
        assertThat(inBulk.statusCode()).as(inBulk.body()).isEqualTo(200);
        JsonNode items = json(inBulk).get("items");
        assertThat(items.get(0).get("status").asInt()).isEqualTo(200);
        assertThat(items.get(0).get("video").get("id").asLong()).isEqualTo(video);
        assertThat(items.get(1).get("status").asInt()).isEqualTo(201);
        assertThat(posts(alphaOrg)).isEqualTo(2);
    }

    @Test
    void aBulkTakesUpToFiftyLinksAndRefusesFiftyOneWritingNothing() throws Exception {
        List<String> fifty = IntStream.range(0, 50).mapToObj(i -> VideoLinks.video("ivy.sketches", VideoLinks.id(UPLOADED))).toList();
        List<String> fiftyOne = IntStream.range(0, 51).mapToObj(i -> VideoLinks.video("ivy.sketches", VideoLinks.id(UPLOADED))).toList();

        HttpResponse<String> tooMany = addMany(alphaProject, fiftyOne);
        assertThat(tooMany.statusCode()).as(tooMany.body()).isEqualTo(400);
        assertThat(tooMany.body()).contains("urls");
        assertThat(posts(alphaOrg)).isZero();

        HttpResponse<String> ok = addMany(alphaProject, fifty);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(json(ok).get("items").size()).isEqualTo(50);
        json(ok).get("items").forEach(item -> assertThat(item.get("status").asInt()).isEqualTo(201));
        assertThat(posts(alphaOrg)).isEqualTo(50);
    }

    @Test
    void aBadLinkInABulkIsA400NamingItAndNothingIsWritten() throws Exception {
        List<String> urls = List.of(VideoLinks.video("new.creator", VideoLinks.id(UPLOADED)),
                "https://www.youtube.com/watch?v=abc", "http://www.tiktok.com/@x/video/" + VideoLinks.id(UPLOADED),
                "https://www.tiktok.com/@lena.bakes", "https://www.tiktok.com.evil.example/@x/video/" + VideoLinks.id(UPLOADED));

        HttpResponse<String> refused = addMany(alphaProject, urls);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode errors = json(refused).get("errors");
        List<String> fields = new ArrayList<>();
        errors.forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactly("urls[1]", "urls[2]", "urls[3]", "urls[4]");
        assertThat(errors.get(0).get("message").asString()).contains("https://www.youtube.com/watch?v=abc");
        assertThat(posts(alphaOrg)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM creators WHERE project_id = ?", Long.class, alphaProject))
                .as("the good link's creator was not registered either").isZero();

        HttpResponse<String> one = addOne(alpha, alphaProject, "https://vm.tiktok.com/ZMabcdef/");
        assertThat(one.statusCode()).isEqualTo(400);
        assertThat(json(one).get("errors").get(0).get("field").asString()).isEqualTo("url");
        HttpResponse<String> forbidden = send("POST", "/api/v1/videos", "{\"project_id\": " + alphaProject + ", \"url\": \""
                + VideoLinks.video("lena.bakes", VideoLinks.id(UPLOADED)) + "\", \"organisation_id\": 1, \"tracking\": \"EXCLUDED\"}");
        assertThat(forbidden.statusCode()).isEqualTo(400);
        assertThat(forbidden.body()).contains("organisation_id").contains("tracking");
        assertThat(posts(alphaOrg)).isZero();
    }

    @Test
    void anotherOrganisationsProjectOrVideoIsA404LikeAnUnknownOneAndChangesNothing() throws Exception {
        long bravoVideo = addedId(bravo, bravoProject, VideoLinks.video("lena.bakes", VideoLinks.id(UPLOADED)));
        long unknown = 999_999_999L;
        String url = VideoLinks.video("lena.bakes", VideoLinks.id(UPLOADED));

        HttpResponse<String> foreignProject = addOne(alpha, bravoProject, url);
        HttpResponse<String> unknownProject = addOne(alpha, unknown, url);
        assertThat(foreignProject.statusCode()).isEqualTo(404);
        assertThat(foreignProject.body().replace(Long.toString(bravoProject), "ID"))
                .isEqualTo(unknownProject.body().replace(Long.toString(unknown), "ID"));
        assertThat(posts(alphaOrg)).isZero();

        for (String[] call : new String[][] {{"GET", "", null}, {"PATCH", "", "{\"tracking\": \"EXCLUDED\"}"}, {"DELETE", "", null},
                {"POST", "/refresh", null}}) {
            HttpResponse<String> foreign = send(call[0], "/api/v1/videos/" + bravoVideo + call[1], call[2]);
            HttpResponse<String> missing = send(call[0], "/api/v1/videos/" + unknown + call[1], call[2]);
            assertThat(foreign.statusCode()).as(call[0] + call[1]).isEqualTo(404);
            assertThat(foreign.body().replace(Long.toString(bravoVideo), "ID")).isEqualTo(missing.body().replace(Long.toString(unknown), "ID"));
        }
        for (String path : List.of("/videos", "/inbox")) {
            assertThat(send("GET", "/api/v1/projects/" + bravoProject + path, null).statusCode()).isEqualTo(404);
        }
        assertThat(send("PUT", "/api/v1/projects/" + bravoProject + "/inbox-setting", "{\"review_discovered\": true}").statusCode()).isEqualTo(404);
        assertThat(jdbc.queryForObject("SELECT review_discovered FROM projects WHERE id = ?", Boolean.class, bravoProject)).isFalse();
        assertThat(status(bravoVideo)).isEqualTo("TRACKED true");
    }

    @Test
    void aBulkTrackingChangeHoldingAnotherOrganisationsIdsChangesNothingAndNamesThem() throws Exception {
        long mine1 = addedId(alpha, alphaProject, VideoLinks.video("lena.bakes", VideoLinks.id(UPLOADED)));
        long mine2 = addedId(alpha, alphaProject, VideoLinks.photo("lena.bakes", VideoLinks.id(UPLOADED)));
        long theirs = addedId(bravo, bravoProject, VideoLinks.video("lena.bakes", VideoLinks.id(UPLOADED)));
        long unknown = 999_999_998L;

        HttpResponse<String> mixed = send("POST", "/api/v1/videos/bulk-tracking",
                "{\"ids\": [" + mine1 + ", " + theirs + ", " + mine2 + ", " + unknown + "], \"tracking\": \"EXCLUDED\"}");

        assertThat(mixed.statusCode()).as(mixed.body()).isEqualTo(404);
        List<Long> refused = new ArrayList<>();
        json(mixed).get("refused_ids").forEach(id -> refused.add(id.asLong()));
        assertThat(refused).containsExactly(theirs, unknown);
        assertThat(status(mine1)).isEqualTo("TRACKED true");
        assertThat(status(mine2)).isEqualTo("TRACKED true");
        assertThat(status(theirs)).isEqualTo("TRACKED true");

        HttpResponse<String> mine = send("POST", "/api/v1/videos/bulk-tracking", "{\"ids\": [" + mine1 + ", " + mine2 + "], \"tracking\": \"EXCLUDED\"}");
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        assertThat(status(mine1)).isEqualTo("EXCLUDED false");
        assertThat(status(mine2)).isEqualTo("EXCLUDED false");

        List<Long> tooMany = IntStream.rangeClosed(1, 51).mapToObj(i -> (long) i).toList();
        assertThat(send("POST", "/api/v1/videos/bulk-tracking", "{\"ids\": " + tooMany + ", \"tracking\": \"TRACKED\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void trackingIsSetToTrackedOrExcludedOnlyAndDeleteExcludesKeepingTheRow() throws Exception {
        long video = addedId(alpha, alphaProject, VideoLinks.video("lena.bakes", VideoLinks.id(UPLOADED)));

        for (String value : List.of("PENDING", "EXPIRED", "tracked", "")) {
            HttpResponse<String> refused = send("PATCH", "/api/v1/videos/" + video, "{\"tracking\": \"" + value + "\"}");
            assertThat(refused.statusCode()).as(value).isEqualTo(400);
            assertThat(json(refused).get("errors").get(0).get("field").asString()).isEqualTo("tracking");
        }
        assertThat(send("PATCH", "/api/v1/videos/" + video, "{\"tracking\": \"EXCLUDED\", \"id\": 5}").statusCode()).isEqualTo(400);
        assertThat(status(video)).isEqualTo("TRACKED true");

        HttpResponse<String> off = send("PATCH", "/api/v1/videos/" + video, "{\"tracking\": \"EXCLUDED\"}");
        assertThat(json(off).get("tracking").asString()).isEqualTo("EXCLUDED");
        assertThat(status(video)).isEqualTo("EXCLUDED false");
        HttpResponse<String> on = send("PATCH", "/api/v1/videos/" + video, "{\"tracking\": \"TRACKED\"}");
        assertThat(json(on).get("tracking").asString()).isEqualTo("TRACKED");
        assertThat(status(video)).isEqualTo("TRACKED true");

        HttpResponse<String> deleted = send("DELETE", "/api/v1/videos/" + video, null);
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(json(deleted).get("tracking").asString()).isEqualTo("EXCLUDED");
        assertThat(status(video)).as("the post and its history stay").isEqualTo("EXCLUDED false");
        assertThat(send("POST", "/api/v1/videos/" + video + "/refresh", null).statusCode()).as("an excluded video is not refreshed").isEqualTo(409);
    }

    @Test
    void theInboxApprovesAndExcludesOnlyThisProjectsPendingVideosAndAForeignIdChangesNothing() throws Exception {
        List<Long> pending = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            pending.add(addedId(alpha, alphaProject, VideoLinks.video("lena.bakes", VideoLinks.id(UPLOADED.plusSeconds(i)))));
        }
        long tracked = addedId(alpha, alphaProject, VideoLinks.video("lena.bakes", VideoLinks.id(UPLOADED)));
        // Discovery's PENDING finds (its run over the sandbox is VideoPipelineFunctionalTest's); here set directly.
        jdbc.update("UPDATE posts SET tracking_status = 'PENDING' WHERE id = ANY (?)", (Object) pending.toArray(Long[]::new));
        long theirs = addedId(bravo, bravoProject, VideoLinks.video("lena.bakes", VideoLinks.id(UPLOADED)));
        jdbc.update("UPDATE posts SET tracking_status = 'PENDING' WHERE id = ?", theirs);

        HttpResponse<String> inbox = send("GET", "/api/v1/projects/" + alphaProject + "/inbox", null);
        List<Long> listed = new ArrayList<>();
        json(inbox).get("items").forEach(item -> listed.add(item.get("id").asLong()));
        assertThat(listed).containsExactly(pending.get(2), pending.get(1), pending.get(0));

        String approve = "/api/v1/projects/" + alphaProject + "/inbox/approve";
        HttpResponse<String> foreign = send("POST", approve, "{\"ids\": [" + pending.get(0) + ", " + theirs + "]}");
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(json(foreign).get("refused_ids").get(0).asLong()).isEqualTo(theirs);
        assertThat(json(foreign).get("refused_ids").size()).isEqualTo(1);
        HttpResponse<String> notPending = send("POST", approve, "{\"ids\": [" + pending.get(0) + ", " + tracked + "]}");
        assertThat(notPending.statusCode()).isEqualTo(409);
        assertThat(json(notPending).get("refused_ids").get(0).asLong()).isEqualTo(tracked);
        assertThat(status(pending.get(0))).isEqualTo("PENDING false");
        assertThat(status(theirs)).isEqualTo("PENDING false");

        assertThat(send("POST", approve, "{\"ids\": [" + pending.get(0) + ", " + pending.get(1) + "]}").statusCode()).isEqualTo(200);
        assertThat(send("POST", "/api/v1/projects/" + alphaProject + "/inbox/exclude", "{\"ids\": [" + pending.get(2) + "]}").statusCode())
                .isEqualTo(200);
        assertThat(status(pending.get(0))).isEqualTo("TRACKED true");
        assertThat(status(pending.get(1))).isEqualTo("TRACKED true");
        assertThat(status(pending.get(2))).isEqualTo("EXCLUDED false");
        assertThat(json(send("GET", "/api/v1/projects/" + alphaProject + "/inbox", null)).get("items").size()).isZero();
        assertThat(send("POST", "/api/v1/projects/" + bravoProject + "/inbox/approve", "{\"ids\": [" + theirs + "]}").statusCode())
                .as("another organisation's project").isEqualTo(404);
        assertThat(status(theirs)).isEqualTo("PENDING false");
    }

    @Test
    void pagingThrough120VideosAddedInBulkWithOneUploadSecondReturnsEachOnce() throws Exception {
        Set<Long> added = new HashSet<>();
        for (int batch : List.of(50, 50, 20)) {
            List<String> urls = IntStream.range(0, batch).mapToObj(i -> VideoLinks.video("lena.bakes", VideoLinks.id(UPLOADED))).toList();
            HttpResponse<String> response = addMany(alphaProject, urls);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            json(response).get("items").forEach(item -> added.add(item.get("video").get("id").asLong()));
        }
        assertThat(added).hasSize(120);

        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            HttpResponse<String> page = send("GET", "/api/v1/projects/" + alphaProject + "/videos?status=TRACKED&limit=7"
                    + (cursor == null ? "" : "&cursor=" + cursor), null);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            json(page).get("items").forEach(item -> seen.add(item.get("id").asLong()));
            cursor = json(page).get("next").isNull() ? null : json(page).get("next").asString();
            pages++;
        } while (cursor != null && pages < 100);

        assertThat(seen).hasSize(120).doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).isEqualTo(added);
        assertThat(seen).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(send("GET", "/api/v1/projects/" + alphaProject + "/videos?status=EXCLUDED", null).body()).contains("\"items\":[]");
        assertThat(send("GET", "/api/v1/projects/" + alphaProject + "/videos?status=BOGUS", null).statusCode()).isEqualTo(400);
        assertThat(send("GET", "/api/v1/projects/" + alphaProject + "/videos?cursor=nonsense", null).statusCode()).isEqualTo(400);
    }
}
