package io.herdbook.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.api.access.TestKeys;
import io.herdbook.api.demo.DemoRun;
import io.herdbook.api.pipeline.TestSandbox;
import io.herdbook.sandbox.Sandbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API over real HTTP on loopback, after one demo run over the sandbox's generated pages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "herdbook.test.database.name=rest_api")
class CreatorsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Sandbox sandbox;
    private static boolean ran;

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired DemoRun demo;
    private String key;

    /** This test's key: every scope, for the owner of the demo organisation, issued on first use (after the test's data). */
    private String key() {
        if (key == null) {
            key = TestKeys.owner(context, DemoRun.ORGANISATION);
        }
        return key;
    }

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        sandbox = TestSandbox.ofGeneratedPages(registry);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void runTheDemoOnce() throws Exception {
        if (!ran) {
            assertThat(demo.run(sandbox.library().creators().keySet()).succeeded()).isTrue();
            ran = true;
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header(TestKeys.HEADER, key()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    @Test
    void listsTheCreatorsWithTheirLatestCountsInFull() throws Exception {
        HttpResponse<String> response = get("/api/v1/creators");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode items = json(response).get("items");
        assertThat(items).hasSize(3);
        for (JsonNode creator : items) {
            String handle = creator.get("handle").asString();
            assertThat(creator.get("followers").asLong()).isEqualTo(sandbox.library().creator(handle).orElseThrow().followers());
            assertThat(creator.get("posts_found").asLong()).isEqualTo(sandbox.library().posts(handle).size());
            long views = sandbox.library().posts(handle).stream().mapToLong(p -> p.stats().views()).sum();
            assertThat(creator.get("total_views").asLong()).isEqualTo(views);
            assertThat(creator.get("last_outcome").asString()).isEqualTo("DATA");
        }
        assertThat(json(response).get("next").isNull()).isTrue();
    }

    @Test
    void pagesThroughCreatorsWithACursorReturningEachExactlyOnce() throws Exception {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = json(get("/api/v1/creators?limit=1" + (cursor == null ? "" : "&cursor=" + cursor)));
            page.get("items").forEach(item -> seen.add(item.get("handle").asString()));
            cursor = page.get("next").isNull() ? null : page.get("next").asString();
        } while (cursor != null);

        assertThat(seen).containsExactlyInAnyOrderElementsOf(sandbox.library().creators().keySet()).doesNotHaveDuplicates();
    }

    @Test
    void listsACreatorsPostsNewestFirstWithTheirLatestStats() throws Exception {
        JsonNode creator = json(get("/api/v1/creators")).get("items").get(0);
        String handle = creator.get("handle").asString();

        HttpResponse<String> response = get("/api/v1/creators/" + creator.get("id").asLong() + "/posts?limit=2");
        List<String> ids = new ArrayList<>();
        JsonNode page = json(response);
        page.get("items").forEach(post -> ids.add(post.get("platform_post_id").asString()));
        JsonNode second = json(get("/api/v1/creators/" + creator.get("id").asLong() + "/posts?limit=50&cursor=" + page.get("next").asString()));
        second.get("items").forEach(post -> ids.add(post.get("platform_post_id").asString()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ids).containsExactlyElementsOf(sandbox.library().posts(handle).stream().map(p -> p.id()).toList());
        JsonNode first = page.get("items").get(0);
        assertThat(first.get("views").asLong()).isEqualTo(sandbox.library().posts(handle).getFirst().stats().views());
    }

    @Test
    void anUnknownCreatorIsA404Problem() throws Exception {
        HttpResponse<String> response = get("/api/v1/creators/987654321/posts");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).get("status").asInt()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/api/v1/creators?limit=0",
        "/api/v1/creators?limit=100000",
        "/api/v1/creators?limit=ten",
        "/api/v1/creators?cursor=-4",
        "/api/v1/creators?cursor=abc",
        "/api/v1/creators/abc/posts",
        "/api/v1/creators/1/posts?cursor=not-a-cursor",
        "/api/v1/creators/99999999999999999999/posts",
        // Forged cursors: well-formed tokens whose values no list ever gave out.
        "/api/v1/creators/1/posts?cursor=Kzk5OTk5OTk5OS0xMi0zMVQyMzo1OTo1OVp8MQ",
        "/api/v1/creators/1/posts?cursor=MjAyNi0wMS0wMVQwMDowMDowMFp8LTE",
        // Refused by Tomcat itself, before any servlet: still a problem, not Tomcat's HTML page.
        "/api/v1/creators/%2F/posts",
        "/api/v1/creators/a%5Cb",
    })
    void badInputIsAClear400ProblemNeverA500(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).get("detail").asString()).isNotBlank();
    }

    @Test
    void readsOneCreatorByIdAndAnUnknownIdIsA404Problem() throws Exception {
        JsonNode first = json(get("/api/v1/creators")).get("items").get(0);

        HttpResponse<String> found = get("/api/v1/creators/" + first.get("id").asLong());
        HttpResponse<String> missing = get("/api/v1/creators/987654321");

        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(json(found)).isEqualTo(first);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRACE", "DELETE", "PATCH", "PUT"})
    void aMethodNoRouteTakesIsA405Problem(String method) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/creators")).header(TestKeys.HEADER, key())
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).get("status").asInt()).isEqualTo(405);
    }

    @Test
    void theErrorPathAskedForDirectlyIsA404ProblemNotA500() throws Exception {
        HttpResponse<String> response = get("/error");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void theApiSpeaksJsonOnlyAndSaysSoWithA406Problem() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/creators")).header(TestKeys.HEADER, key())
                .header("Accept", "application/yaml").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void anUnknownRouteIsA404ProblemNotAnErrorPage() throws Exception {
        HttpResponse<String> response = get("/api/v1/nothing-here");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }
}
