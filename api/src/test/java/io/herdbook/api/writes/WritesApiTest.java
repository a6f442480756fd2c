package io.herdbook.api.writes;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.api.access.ApiHttp;
import io.herdbook.api.access.Scope;
import io.herdbook.api.access.TableDigest;
import io.herdbook.api.access.TestKeys;
import io.herdbook.jobs.tracking.TenantStore;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The write path over real HTTP: idempotency keys (replay, conflict, the race C15, per organisation C16, a failed
 * first attempt), the audit row every accepted write leaves and the none a refused one leaves, the audit log's
 * scope and paging, secrets kept out of both, and ETags for pollers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "herdbook.test.database.name=writes_api")
class WritesApiTest {

    private static final String ALPHA = "writes-alpha";
    private static final String BRAVO = "writes-bravo";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired TenantStore tenants;

    private ApiHttp http;
    private String alpha;
    private String bravo;
    private long alphaProject;
    private long bravoProject;

    @BeforeEach
    void setUp() {
        http = new ApiHttp(port);
        alpha = TestKeys.owner(context, ALPHA);
        bravo = TestKeys.owner(context, BRAVO);
        alphaProject = tenants.ensureProject(tenants.organisation(ALPHA).orElseThrow(), "main", "Main");
        bravoProject = tenants.ensureProject(tenants.organisation(BRAVO).orElseThrow(), "main", "Main");
    }

    private HttpResponse<String> createCampaign(String key, long project, String name, String idempotencyKey) throws Exception {
        return http.json("POST", "/api/v1/projects/" + project + "/campaigns", key, "{\"name\": \"" + name + "\"}",
                "Idempotency-Key", idempotencyKey);
    }

    private long campaigns(String name) {
        return jdbc.queryForObject("SELECT count(*) FROM campaigns WHERE name = ?", Long.class, name);
    }

    @Test
    void aReplayWithinADayReturnsTheStoredAnswerAndWritesNothingMore() throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = createCampaign(alpha, alphaProject, "Replayed", key);
        HttpResponse<String> again = createCampaign(alpha, alphaProject, "Replayed", key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(campaigns("Replayed")).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsA422AndChangesNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        assertThat(createCampaign(alpha, alphaProject, "First body", key).statusCode()).isEqualTo(201);
        Map<String, String> before = TableDigest.of(jdbc);

        HttpResponse<String> other = createCampaign(alpha, alphaProject, "Second body", key);

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(other.body()).get("detail").asString()).contains("different request");
        assertThat(campaigns("Second body")).isZero();
        assertThat(TableDigest.of(jdbc)).isEqualTo(before);
    }

    @Test
    void requestsRacingWithOneKeyCreateOneCampaignAndAllGetTheSameAnswer() throws Exception {
        String key = UUID.randomUUID().toString();
        int racers = 12;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
            for (int i = 0; i < racers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return createCampaign(alpha, alphaProject, "Raced", key);
                }));
            }
            start.countDown();
            List<String> bodies = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                assertThat(answer.get().statusCode()).isEqualTo(201);
                bodies.add(answer.get().body());
            }
            assertThat(bodies).containsOnly(bodies.getFirst());
        }
        assertThat(campaigns("Raced")).isEqualTo(1);
    }

    /** C15 as reported: two requests adding one creator with one key at the same moment. */
    @Test
    void twoCreatorAdditionsWithOneKeyAtTheSameMomentCreateOneCreatorAndBothGetTheSame201() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = "{\"project_id\": " + alphaProject + ", \"handle\": \"raced.creator\"}";
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return http.json("POST", "/api/v1/creators", alpha, body, "Idempotency-Key", key);
                }));
            }
            start.countDown();
            assertThat(answers.get(0).get().statusCode()).as(answers.get(0).get().body()).isEqualTo(201);
            assertThat(answers.get(1).get().statusCode()).isEqualTo(201);
            assertThat(answers.get(1).get().body()).isEqualTo(answers.get(0).get().body());
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM creators WHERE handle = 'raced.creator'", Long.class)).isEqualTo(1);
    }

    /** C16 as reported: one key string from two organisations makes two creators, each answer its own. */
    @Test
    void oneKeyStringFromTwoOrganisationsCreatesTwoCreators() throws Exception {
        String key = "c16-" + UUID.randomUUID();
        HttpResponse<String> fromAlpha = http.json("POST", "/api/v1/creators", alpha,
                "{\"project_id\": " + alphaProject + ", \"handle\": \"same.key\"}", "Idempotency-Key", key);
        HttpResponse<String> fromBravo = http.json("POST", "/api/v1/creators", bravo,
                "{\"project_id\": " + bravoProject + ", \"handle\": \"same.key\"}", "Idempotency-Key", key);

        assertThat(fromAlpha.statusCode()).as(fromAlpha.body()).isEqualTo(201);
        assertThat(fromBravo.statusCode()).as(fromBravo.body()).isEqualTo(201);
        assertThat(fromBravo.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(fromBravo.body()).isNotEqualTo(fromAlpha.body());
        assertThat(jdbc.queryForList("SELECT organisation_id FROM creators WHERE handle = 'same.key'", Long.class))
                .containsExactlyInAnyOrder(tenants.organisation(ALPHA).orElseThrow(), tenants.organisation(BRAVO).orElseThrow());
    }

    @Test
    void oneKeyStringFromTwoOrganisationsIsTwoKeys() throws Exception {
        String key = "shared-" + UUID.randomUUID();
        HttpResponse<String> fromAlpha = createCampaign(alpha, alphaProject, "Same key", key);
        HttpResponse<String> fromBravo = createCampaign(bravo, bravoProject, "Same key", key);

        assertThat(fromAlpha.statusCode()).isEqualTo(201);
        assertThat(fromBravo.statusCode()).isEqualTo(201);
        assertThat(fromBravo.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(fromBravo.body()).isNotEqualTo(fromAlpha.body());
        assertThat(jdbc.queryForList("SELECT organisation_id FROM campaigns WHERE name = 'Same key'", Long.class))
                .containsExactlyInAnyOrder(tenants.organisation(ALPHA).orElseThrow(), tenants.organisation(BRAVO).orElseThrow());
    }

    @Test
    void aFailedFirstAttemptLeavesTheKeyFreeForTheCorrectedRequest() throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> refused = http.json("POST", "/api/v1/projects/" + alphaProject + "/campaigns", alpha, "{\"name\": \"\"}",
                "Idempotency-Key", key);
        HttpResponse<String> unknownProject = http.json("POST", "/api/v1/projects/" + bravoProject + "/campaigns", alpha,
                "{\"name\": \"Fixed\"}", "Idempotency-Key", key);
        HttpResponse<String> fixed = createCampaign(alpha, alphaProject, "Fixed", key);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(unknownProject.statusCode()).isEqualTo(404);
        assertThat(fixed.statusCode()).isEqualTo(201);
        assertThat(campaigns("Fixed")).isEqualTo(1);
    }

    @Test
    void aMalformedIdempotencyKeyIsA400() throws Exception {
        HttpResponse<String> response = createCampaign(alpha, alphaProject, "Bad key", "x".repeat(256));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(campaigns("Bad key")).isZero();
    }

    @Test
    void everyAcceptedWriteLeavesOneAuditRowWithWhoWhatBeforeAndAfter() throws Exception {
        long keyId = jdbc.queryForObject("SELECT max(id) FROM api_keys", Long.class);
        JsonNode created = JSON.readTree(createCampaign(bravo, bravoProject, "Audited", null).body());
        long id = created.get("id").asLong();

        HttpResponse<String> renamed = http.json("PATCH", "/api/v1/campaigns/" + id, bravo, "{\"name\": \"Audited again\"}");

        assertThat(renamed.statusCode()).isEqualTo(200);
        JsonNode log = JSON.readTree(http.json("GET", "/api/v1/audit-log?resource_type=campaigns&resource_id=" + id, bravo, null).body());
        JsonNode patch = log.get("items").get(0);
        JsonNode post = log.get("items").get(1);
        assertThat(log.get("items")).hasSize(2);
        assertThat(patch.get("action").asString()).isEqualTo("PATCH /api/v1/campaigns/{id}");
        assertThat(patch.get("before").get("name").asString()).isEqualTo("Audited");
        assertThat(patch.get("after").get("name").asString()).isEqualTo("Audited again");
        assertThat(patch.get("api_key_id").asLong()).isEqualTo(keyId);
        assertThat(patch.get("user_id").asLong()).isEqualTo(jdbc.queryForObject("SELECT user_id FROM api_keys WHERE id = ?", Long.class, keyId));
        assertThat(patch.get("status").asInt()).isEqualTo(200);
        assertThat(post.get("action").asString()).isEqualTo("POST /api/v1/projects/{id}/campaigns");
        assertThat(post.get("resource_id").asString()).isEqualTo(Long.toString(id));
        assertThat(post.get("before").isNull()).isTrue();
        assertThat(post.get("status").asInt()).isEqualTo(201);
    }

    @Test
    void aMembershipChangeIsInTheHistoryOfTheCampaignItChanged() throws Exception {
        long campaign = JSON.readTree(createCampaign(alpha, alphaProject, "Members", null).body()).get("id").asLong();
        long creator = jdbc.queryForObject("INSERT INTO creators (organisation_id, project_id, handle) VALUES (?, ?, 'member.one') RETURNING id",
                Long.class, tenants.organisation(ALPHA).orElseThrow(), alphaProject);

        assertThat(http.json("PUT", "/api/v1/campaigns/" + campaign + "/creators/" + creator, alpha, null).statusCode()).isEqualTo(204);

        JsonNode entry = JSON.readTree(http.json("GET", "/api/v1/audit-log?resource_type=campaigns&resource_id=" + campaign, alpha, null).body())
                .get("items").get(0);
        assertThat(entry.get("action").asString()).isEqualTo("PUT /api/v1/campaigns/{id}/creators/{creatorId}");
    }

    @Test
    void aRefusedWriteLeavesNoAuditRowAndChangesNothing() throws Exception {
        JsonNode created = JSON.readTree(createCampaign(alpha, alphaProject, "Kept", null).body());
        Map<String, String> before = TableDigest.of(jdbc);

        HttpResponse<String> refused = http.json("PATCH", "/api/v1/campaigns/" + created.get("id").asLong(), alpha,
                "{\"name\": \"Changed\", \"organisation_id\": 1}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(TableDigest.of(jdbc)).isEqualTo(before);
    }

    @Test
    void theAuditLogIsForAdminsAndPagesEachEntryOnce() throws Exception {
        String writer = TestKeys.bearer(context, ALPHA, "audit-writer@herdbook.test", EnumSet.of(Scope.READ, Scope.WRITE), false);
        for (int i = 0; i < 7; i++) {
            assertThat(createCampaign(writer, alphaProject, "Paged " + i, null).statusCode()).isEqualTo(201);
        }

        assertThat(http.json("GET", "/api/v1/audit-log", writer, null).statusCode()).isEqualTo(403);
        List<Long> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = JSON.readTree(http.json("GET", "/api/v1/audit-log?limit=3&resource_type=campaigns" + (cursor == null ? "" : "&cursor=" + cursor),
                    alpha, null).body());
            page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
            cursor = page.get("next").isNull() ? null : page.get("next").asString();
        } while (cursor != null);
        long organisation = tenants.organisation(ALPHA).orElseThrow();
        assertThat(ids).doesNotHaveDuplicates()
                .containsExactlyElementsOf(jdbc.queryForList("SELECT id FROM audit_log WHERE organisation_id = ? AND resource_type = 'campaigns' "
                        + "ORDER BY at DESC, id DESC", Long.class, organisation));
        assertThat(http.json("GET", "/api/v1/audit-log?cursor=nonsense", alpha, null).statusCode()).isEqualTo(400);
    }

    @Test
    void aNewKeysSecretIsShownOnceAndKeptNeitherInTheAuditLogNorForReplays() throws Exception {
        String idempotencyKey = UUID.randomUUID().toString();
        HttpResponse<String> issued = http.json("POST", "/api/v1/api-keys", alpha, "{\"name\": \"ci\", \"scopes\": [\"read\"]}",
                "Idempotency-Key", idempotencyKey);
        HttpResponse<String> replayed = http.json("POST", "/api/v1/api-keys", alpha, "{\"name\": \"ci\", \"scopes\": [\"read\"]}",
                "Idempotency-Key", idempotencyKey);

        String secret = JSON.readTree(issued.body()).get("secret").asString();
        assertThat(secret).startsWith("hbk_");
        assertThat(JSON.readTree(replayed.body()).get("secret").asString()).isEqualTo(Redaction.REDACTED);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE after::text LIKE ?", Long.class, "%" + secret + "%")).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM idempotency_keys WHERE position(convert_to(?, 'UTF8') IN body) > 0", Long.class, secret)).isZero();
        assertThat(http.json("GET", "/api/v1/api-keys", "Bearer " + secret, null).statusCode()).isEqualTo(200);
    }

    @Test
    void aDeletedCampaignIsGoneWithItsDeletionAuditedAndOneAGoalNamesIsKeptWithA409() throws Exception {
        long deleted = JSON.readTree(createCampaign(alpha, alphaProject, "Deleted", null).body()).get("id").asLong();
        long kept = JSON.readTree(createCampaign(alpha, alphaProject, "Kept by a goal", null).body()).get("id").asLong();
        long organisation = tenants.organisation(ALPHA).orElseThrow();
        jdbc.update("INSERT INTO goals (organisation_id, project_id, campaign_id, name, metric, target, period, starts_on) "
                + "VALUES (?, ?, ?, 'Posts', 'POSTS_IN_PERIOD', 4, 'MONTHLY', '2026-03-01')", organisation, alphaProject, kept);

        HttpResponse<String> delete = http.json("DELETE", "/api/v1/campaigns/" + deleted, alpha, null);
        HttpResponse<String> again = http.json("DELETE", "/api/v1/campaigns/" + deleted, alpha, null);
        HttpResponse<String> refused = http.json("DELETE", "/api/v1/campaigns/" + kept, alpha, null);

        assertThat(delete.statusCode()).isEqualTo(204);
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(refused.body()).get("detail").asString()).contains("goal");
        assertThat(jdbc.queryForList("SELECT id FROM campaigns WHERE id IN (?, ?)", Long.class, deleted, kept)).containsExactly(kept);
        JsonNode entry = JSON.readTree(http.json("GET", "/api/v1/audit-log?resource_type=campaigns&resource_id=" + deleted, alpha, null).body())
                .get("items").get(0);
        assertThat(entry.get("action").asString()).isEqualTo("DELETE /api/v1/campaigns/{id}");
        assertThat(entry.get("before").get("name").asString()).isEqualTo("Deleted");
        assertThat(entry.get("after").isNull()).isTrue();
    }

    @Test
    void valuesTheDatabaseCannotHoldQueriesThatAreNotUtf8AndFieldsGivenTwiceAre400sNever500s() throws Exception {
        long id = JSON.readTree(createCampaign(alpha, alphaProject, "Clean", null).body()).get("id").asLong();
        Map<String, String> before = TableDigest.of(jdbc);

        HttpResponse<String> nulInPatch = http.json("PATCH", "/api/v1/campaigns/" + id, alpha, "{\"name\": \"a\\u0000b\"}");
        HttpResponse<String> nulInCreate = createCampaign(alpha, alphaProject, "c\\u0000d", null);
        HttpResponse<String> nulInQuery = http.json("GET", "/api/v1/audit-log?resource_type=%00", alpha, null);
        HttpResponse<String> notUtf8 = http.json("GET", "/api/v1/audit-log?cursor=%C3%28", alpha, null);
        long started = System.nanoTime();
        HttpResponse<String> hugeNumber = http.json("PATCH", "/api/v1/campaigns/" + id, alpha, "{\"budget\": 1e10000000}");
        HttpResponse<String> twice = http.json("PATCH", "/api/v1/campaigns/" + id, alpha, "{\"name\": \"x\", \"name\": \"y\"}");

        for (HttpResponse<String> response : List.of(nulInPatch, nulInCreate, nulInQuery, notUtf8, hugeNumber, twice)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        assertThat(JSON.readTree(nulInPatch.body()).get("detail").asString()).contains("NUL");
        assertThat(hugeNumber.body().length()).isLessThan(1_000);
        assertThat(TableDigest.of(jdbc)).isEqualTo(before);
    }

    @Test
    void aPollerGetsA304WhileTheAnswerIsUnchanged() throws Exception {
        JsonNode created = JSON.readTree(createCampaign(alpha, alphaProject, "Polled", null).body());
        String path = "/api/v1/campaigns/" + created.get("id").asLong();
        HttpResponse<String> first = http.json("GET", path, alpha, null);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> unchanged = http.json("GET", path, alpha, null, "If-None-Match", etag);
        http.json("PATCH", path, alpha, "{\"name\": \"Polled, renamed\"}");
        HttpResponse<String> changed = http.json("GET", path, alpha, null, "If-None-Match", etag);

        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body()).contains("Polled, renamed");
    }
}
