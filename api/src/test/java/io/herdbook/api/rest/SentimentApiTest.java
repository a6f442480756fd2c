package io.herdbook.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.api.access.TestKeys;
import io.herdbook.api.sentiment.SentimentData;
import io.herdbook.api.sentiment.SentimentTestContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The sentiment endpoints over real HTTP on loopback, on comments seeded into the organisation the test's key is for. */
@SentimentTestContext
class SentimentApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String AT = "2026-03-10T12:00:00Z";

    private static long project;
    private static long ranked;
    private static long alerting;
    private static long foreignProject;
    private static long foreignPost;

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    private String key;

    /** This test's key: every scope, for the owner of the sentiment tests' organisation, issued on first use (after the test's data). */
    private String key() {
        if (key == null) {
            key = TestKeys.owner(context, SentimentTestContext.ORGANISATION);
        }
        return key;
    }

    /**
     * The API's organisation has one project: a creator with 20 analysed comments (plus 2 UNSCORED) on
     * one post, and a post with 4 of 10 negative. Another organisation has a project and a post of its own.
     */
    @BeforeEach
    void seedOnce() {
        if (project != 0) {
            return;
        }
        SentimentData data = new SentimentData(jdbc);
        long organisation = data.organisation(SentimentTestContext.ORGANISATION);
        long seededProject = data.project(organisation, "UTC");
        ranked = data.post(organisation, data.creator(organisation, seededProject, "ranked"));
        data.comments(organisation, ranked, 20, 0.5, AT);
        data.comments(organisation, ranked, 2, null, "2026-03-11T12:00:00Z");
        alerting = data.post(organisation, data.creator(organisation, seededProject, "alerting"));
        data.comments(organisation, alerting, 4, -0.5, "2026-03-12T12:00:00Z");
        data.comments(organisation, alerting, 6, 0.0, AT);
        long other = data.anOrganisation();
        foreignProject = data.project(other, "UTC");
        foreignPost = data.post(other, data.creator(other, foreignProject, "foreign"));
        data.comments(other, foreignPost, 3, -0.9, AT);
        project = seededProject;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header(TestKeys.HEADER, key()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void theRadarShowsKpisVolumeCreatorsAlertsAndTheStreamsFirstPage() throws Exception {
        JsonNode radar = json("/api/v1/projects/" + project + "/sentiment?limit=5");

        assertThat(radar.get("from").asString()).isEqualTo("2026-03-02");
        assertThat(radar.get("to").asString()).isEqualTo("2026-03-31");
        JsonNode kpis = radar.get("kpis");
        assertThat(kpis.get("total_comments").asLong()).isEqualTo(32);
        assertThat(kpis.get("analysed_comments").asLong()).isEqualTo(30);
        assertThat(kpis.get("negative_percent").isNumber()).isTrue();
        assertThat(kpis.get("negative_percent").decimalValue()).isEqualByComparingTo("13.3");
        assertThat(kpis.get("positive_percent").decimalValue()).isEqualByComparingTo("66.7");
        assertThat(radar.get("volume").get("bucket_size").asString()).isEqualTo("WEEK");
        assertThat(radar.get("volume").get("buckets")).hasSize(5);
        assertThat(radar.get("creators")).hasSize(1);
        assertThat(radar.get("creators").get(0).get("handle").asString()).isEqualTo("ranked");
        assertThat(radar.get("alerts")).hasSize(1);
        assertThat(radar.get("alerts").get(0).get("post_id").asLong()).isEqualTo(alerting);
        assertThat(radar.get("stream").get("items")).hasSize(5);
        assertThat(radar.get("stream").get("next").isString()).isTrue();
    }

    @Test
    void fourteenDaysAreBucketedByDayAndFifteenByWeek() throws Exception {
        JsonNode fourteen = json("/api/v1/projects/" + project + "/sentiment?from=2026-03-02&to=2026-03-15").get("volume");
        JsonNode fifteen = json("/api/v1/projects/" + project + "/sentiment?from=2026-03-02&to=2026-03-16").get("volume");

        assertThat(fourteen.get("bucket_size").asString()).isEqualTo("DAY");
        assertThat(fourteen.get("buckets")).hasSize(14);
        assertThat(fifteen.get("bucket_size").asString()).isEqualTo("WEEK");
        assertThat(fifteen.get("buckets")).hasSize(3);
    }

    @Test
    void followingTheStreamCursorReturnsEveryCommentOnceNewestFirst() throws Exception {
        JsonNode page = json("/api/v1/projects/" + project + "/sentiment?limit=7").get("stream");
        List<Long> ids = new ArrayList<>();
        List<String> times = new ArrayList<>();
        while (true) {
            page.get("items").forEach(item -> {
                ids.add(item.get("id").asLong());
                times.add(item.get("posted_at").asString());
            });
            if (page.get("next").isNull()) {
                break;
            }
            page = json("/api/v1/projects/" + project + "/sentiment/comments?limit=7&cursor=" + page.get("next").asString());
        }

        assertThat(ids).hasSize(32).doesNotHaveDuplicates();
        assertThat(times).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(ids).containsExactlyElementsOf(jdbc.queryForList("""
                SELECT c.id FROM comments c JOIN posts p ON p.id = c.post_id JOIN creators cr ON cr.id = p.creator_id
                 WHERE cr.project_id = ? ORDER BY c.posted_at DESC, c.id DESC""", Long.class, project));
    }

    @Test
    void theStreamFiltersByLabelIncludingUnscored() throws Exception {
        JsonNode unscored = json("/api/v1/projects/" + project + "/sentiment/comments?label=unscored");
        JsonNode negative = json("/api/v1/projects/" + project + "/sentiment/comments?label=NEGATIVE&q=COMMENT");

        assertThat(unscored.get("items")).hasSize(2).allSatisfy(item -> assertThat(item.get("score").isNull()).isTrue());
        assertThat(negative.get("items")).hasSize(4);
    }

    @Test
    void aVideosCommentsPageByLikesUnderASummaryOfAllOfThem() throws Exception {
        JsonNode first = json("/api/v1/videos/" + ranked + "/comments?sort=likes&limit=10");
        List<Long> likes = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        JsonNode page = first;
        while (true) {
            page.get("items").forEach(item -> {
                likes.add(item.get("likes").asLong());
                ids.add(item.get("id").asLong());
            });
            if (page.get("next").isNull()) {
                break;
            }
            page = json("/api/v1/videos/" + ranked + "/comments?sort=likes&limit=10&cursor=" + page.get("next").asString());
        }

        JsonNode summary = first.get("summary");
        assertThat(summary.get("comments").get("total").asLong()).isEqualTo(22);
        assertThat(summary.get("comments").get("unscored").asLong()).isEqualTo(2);
        assertThat(summary.get("comments").get("positive").asLong()).isEqualTo(20);
        assertThat(summary.get("positive_percent").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(summary.get("average_score").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(ids).hasSize(22).doesNotHaveDuplicates();
        assertThat(likes).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void oldestAndNewestAreOppositeOrders() throws Exception {
        List<Long> newest = new ArrayList<>();
        List<Long> oldest = new ArrayList<>();
        json("/api/v1/videos/" + alerting + "/comments?sort=newest").get("items").forEach(item -> newest.add(item.get("id").asLong()));
        json("/api/v1/videos/" + alerting + "/comments?sort=oldest").get("items").forEach(item -> oldest.add(item.get("id").asLong()));

        assertThat(newest).hasSize(10);
        assertThat(oldest).containsExactlyElementsOf(newest.reversed());
    }

    static Stream<String> foreignOrMissing() {
        return Stream.of("/api/v1/projects/{foreignProject}/sentiment", "/api/v1/projects/{foreignProject}/sentiment/comments",
                "/api/v1/projects/987654321/sentiment", "/api/v1/videos/{foreignPost}/comments", "/api/v1/videos/987654321/comments");
    }

    @ParameterizedTest
    @MethodSource("foreignOrMissing")
    void anotherOrganisationsProjectOrVideoIsA404ProblemLikeAMissingOne(String path) throws Exception {
        HttpResponse<String> response = get(resolve(path));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("foreign");
    }

    static Stream<String> badInput() {
        return Stream.of(
                "/api/v1/projects/{project}/sentiment?from=2026-13-01",
                "/api/v1/projects/{project}/sentiment?from=yesterday",
                "/api/v1/projects/{project}/sentiment?from=2026-03-10&to=2026-03-09",
                "/api/v1/projects/{project}/sentiment?from=2025-01-01&to=2026-01-02",
                "/api/v1/projects/{project}/sentiment?label=angry",
                "/api/v1/projects/{project}/sentiment?limit=0",
                "/api/v1/projects/{project}/sentiment/comments?cursor=not-a-cursor",
                // A well-formed cursor of the likes order, offered to the newest-first stream.
                "/api/v1/projects/{project}/sentiment/comments?cursor=TElLRVN8NXwxMg",
                "/api/v1/videos/{ranked}/comments?sort=popular",
                "/api/v1/videos/{ranked}/comments?sort=likes&cursor=bm9wZQ",
                "/api/v1/videos/{ranked}/comments?limit=201");
    }

    @ParameterizedTest
    @MethodSource("badInput")
    void badInputIsA400Problem(String path) throws Exception {
        HttpResponse<String> response = get(resolve(path));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("detail").asString()).isNotBlank();
    }

    @Test
    void theApiDocumentDescribesTheSentimentEndpointsAsReadScope() throws Exception {
        JsonNode paths = json("/api/v1/openapi.json").get("paths");

        assertThat(paths.get("/api/v1/projects/{id}/sentiment").get("get").get("description").asString()).contains("Read scope");
        assertThat(paths.get("/api/v1/projects/{id}/sentiment/comments").get("get").get("description").asString()).contains("Read scope");
        assertThat(paths.get("/api/v1/videos/{id}/comments").get("get").get("description").asString()).contains("Read scope");
    }

    private static String resolve(String path) {
        return path.replace("{project}", Long.toString(project)).replace("{ranked}", Long.toString(ranked))
                .replace("{foreignProject}", Long.toString(foreignProject)).replace("{foreignPost}", Long.toString(foreignPost));
    }
}
