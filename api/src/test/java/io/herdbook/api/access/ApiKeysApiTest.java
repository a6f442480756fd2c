package io.herdbook.api.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;
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
 * {@code /api/v1/api-keys} over real HTTP: a key is issued to its caller with no more scopes than the caller's own,
 * its secret shown once and stored only as a hash; lists never show secrets; a member sees only its own keys;
 * revoking stops a key at once; another organisation's key is an unknown key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "herdbook.test.database.name=api_keys_api")
class ApiKeysApiTest {

    private static final String ORGANISATION = "keys-alpha";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    private ApiHttp http;
    private String owner;

    @BeforeEach
    void setUp() {
        http = new ApiHttp(port);
        owner = TestKeys.owner(context, ORGANISATION);
    }

    private HttpResponse<String> issue(String key, String body) throws Exception {
        return http.json("POST", "/api/v1/api-keys", key, body);
    }

    @Test
    void anIssuedKeyWorksItsSecretIsShownOnceAndOnlyItsHashIsStored() throws Exception {
        HttpResponse<String> issued = issue(owner, "{\"name\": \"reporting\", \"scopes\": [\"read\"]}");

        assertThat(issued.statusCode()).isEqualTo(201);
        JsonNode key = JSON.readTree(issued.body());
        String secret = key.get("secret").asString();
        assertThat(secret).startsWith("hbk_").hasSizeGreaterThan(40);
        assertThat(key.get("prefix").asString()).isEqualTo(secret.substring(0, 12));
        assertThat(issued.headers().firstValue("Location")).hasValue("/api/v1/api-keys/" + key.get("id").asLong());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM api_keys WHERE encode(secret_sha256, 'hex') = encode(sha256(convert_to(?, 'UTF8')), 'hex')",
                Long.class, secret)).isEqualTo(1);
        HttpResponse<String> read = http.json("GET", "/api/v1/api-keys/" + key.get("id").asLong(), "Bearer " + secret, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(read.body()).get("secret").isNull()).isTrue();
        assertThat(http.json("GET", "/api/v1/api-keys", owner, null).body()).doesNotContain(secret.substring(12));
        assertThat(http.json("POST", "/api/v1/api-keys", "Bearer " + secret, "{\"name\": \"x\", \"scopes\": [\"read\"]}").statusCode()).isEqualTo(403);
    }

    @Test
    void aKeyCannotBeGivenAScopeItsIssuersKeyDoesNotHold() throws Exception {
        String writer = TestKeys.bearer(context, ORGANISATION, "writer@herdbook.test", EnumSet.of(Scope.READ, Scope.WRITE), false);
        Map<String, String> before = TableDigest.of(jdbc);
        long keys = jdbc.queryForObject("SELECT count(*) FROM api_keys", Long.class);

        HttpResponse<String> refused = issue(writer, "{\"name\": \"escalate\", \"scopes\": [\"read\", \"admin\"]}");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(refused.body()).get("detail").asString()).contains("admin");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM api_keys", Long.class)).isEqualTo(keys);
        assertThat(TableDigest.of(jdbc)).isEqualTo(before);
        assertThat(issue(writer, "{\"name\": \"same\", \"scopes\": [\"read\", \"write\"]}").statusCode()).isEqualTo(201);
    }

    @Test
    void aBodyNamingTheHolderTheOrganisationOrAnUnknownScopeIsA400NamingIt() throws Exception {
        HttpResponse<String> holder = issue(owner, "{\"name\": \"x\", \"scopes\": [\"read\"], \"user_id\": 1, \"organisation_id\": 2}");
        HttpResponse<String> scope = issue(owner, "{\"name\": \"x\", \"scopes\": [\"read\", \"root\"]}");
        HttpResponse<String> platform = issue(owner, "{\"name\": \"x\", \"scopes\": [\"platform\"]}");

        assertThat(holder.statusCode()).isEqualTo(400);
        assertThat(holder.body()).contains("user_id").contains("organisation_id");
        assertThat(scope.statusCode()).isEqualTo(400);
        assertThat(scope.body()).contains("root");
        assertThat(platform.statusCode()).isEqualTo(400);
    }

    @Test
    void aMemberSeesAndRevokesOnlyItsOwnKeysAndARevokedKeyStopsAtOnce() throws Exception {
        String writer = TestKeys.bearer(context, ORGANISATION, "member@herdbook.test", EnumSet.of(Scope.READ, Scope.WRITE), false);
        jdbc.update("UPDATE memberships SET role = 'member' WHERE user_id = (SELECT id FROM users WHERE email = 'member@herdbook.test')");
        long ownersKey = jdbc.queryForObject("SELECT min(k.id) FROM api_keys k JOIN users u ON u.id = k.user_id WHERE u.email = ?",
                Long.class, TestKeys.OWNER);
        long membersKey = jdbc.queryForObject("SELECT max(k.id) FROM api_keys k JOIN users u ON u.id = k.user_id WHERE u.email = 'member@herdbook.test'",
                Long.class);

        JsonNode listed = JSON.readTree(http.json("GET", "/api/v1/api-keys", writer, null).body()).get("items");
        assertThat(listed).allSatisfy(item -> assertThat(item.get("id").asLong()).isNotEqualTo(ownersKey));
        assertThat(http.json("DELETE", "/api/v1/api-keys/" + ownersKey, writer, null).statusCode()).isEqualTo(404);
        assertThat(http.json("GET", "/api/v1/creators", owner, null).statusCode()).isEqualTo(200);

        assertThat(http.json("DELETE", "/api/v1/api-keys/" + membersKey, writer, null).statusCode()).isEqualTo(204);
        assertThat(http.json("GET", "/api/v1/creators", writer, null).statusCode()).isEqualTo(401);
    }

    @Test
    void anotherOrganisationsKeyIsAnUnknownKey() throws Exception {
        TestKeys.owner(context, "keys-bravo");
        long bravosKey = jdbc.queryForObject("SELECT max(k.id) FROM api_keys k JOIN organisations o ON o.id = k.organisation_id WHERE o.slug = 'keys-bravo'",
                Long.class);

        HttpResponse<String> read = http.json("GET", "/api/v1/api-keys/" + bravosKey, owner, null);
        HttpResponse<String> unknown = http.json("GET", "/api/v1/api-keys/999999999", owner, null);
        HttpResponse<String> revoke = http.json("DELETE", "/api/v1/api-keys/" + bravosKey, owner, null);

        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(revoke.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(read.body()).get("detail").asString().replace(Long.toString(bravosKey), "N"))
                .isEqualTo(JSON.readTree(unknown.body()).get("detail").asString().replace("999999999", "N"));
        assertThat(jdbc.queryForObject("SELECT revoked_at IS NULL FROM api_keys WHERE id = ?", Boolean.class, bravosKey)).isTrue();
    }
}
