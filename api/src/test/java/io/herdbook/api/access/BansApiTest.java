package io.herdbook.api.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.tracking.TenantStore;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bans over real HTTP: a platform admin suspends an organisation or a person and their keys are refused with the
 * reason until the ban is lifted; an organisation admin cannot ban; nobody bans their own organisation or themselves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "herdbook.test.database.name=bans_api")
class BansApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired TenantStore tenants;

    @Test
    void aBannedOrganisationsKeysAreRefusedWithTheReasonUntilTheBanIsLifted() throws Exception {
        ApiHttp http = new ApiHttp(port);
        String operator = TestKeys.owner(context, "platform-ops");
        String customer = TestKeys.bearer(context, "banned-co", "boss@banned.test", EnumSet.of(Scope.READ, Scope.WRITE, Scope.ADMIN), false);
        long bannedCo = tenants.organisation("banned-co").orElseThrow();
        assertThat(http.json("GET", "/api/v1/creators", customer, null).statusCode()).isEqualTo(200);

        HttpResponse<String> banned = http.json("PUT", "/api/v1/admin/organisations/" + bannedCo + "/ban", operator, "{\"reason\": \"unpaid invoices\"}");
        HttpResponse<String> refused = http.json("GET", "/api/v1/creators", customer, null);

        assertThat(banned.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(banned.body()).get("reason").asString()).isEqualTo("unpaid invoices");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(refused.body()).get("detail").asString()).isEqualTo("this organisation is suspended: unpaid invoices");
        assertThat(http.json("PUT", "/api/v1/admin/organisations/" + bannedCo + "/ban", customer, "{\"reason\": \"x\"}").statusCode()).isEqualTo(403);

        assertThat(http.json("DELETE", "/api/v1/admin/organisations/" + bannedCo + "/ban", operator, null).statusCode()).isEqualTo(204);
        assertThat(http.json("GET", "/api/v1/creators", customer, null).statusCode()).isEqualTo(200);
    }

    @Test
    void aBannedPersonsKeysAreRefusedInEveryOrganisationAndOthersThereAreNot() throws Exception {
        ApiHttp http = new ApiHttp(port);
        String operator = TestKeys.owner(context, "platform-ops");
        String inOne = TestKeys.bearer(context, "first-co", "shared@person.test", EnumSet.of(Scope.READ), false);
        String inTwo = TestKeys.bearer(context, "second-co", "shared@person.test", EnumSet.of(Scope.READ), false);
        String colleague = TestKeys.bearer(context, "first-co", "colleague@person.test", EnumSet.of(Scope.READ), false);
        long person = jdbc.queryForObject("SELECT id FROM users WHERE email = 'shared@person.test'", Long.class);

        assertThat(http.json("PUT", "/api/v1/admin/users/" + person + "/ban", operator, "{\"reason\": \"abuse\"}").statusCode()).isEqualTo(200);

        assertThat(http.json("GET", "/api/v1/creators", inOne, null).statusCode()).isEqualTo(403);
        assertThat(http.json("GET", "/api/v1/creators", inTwo, null).body()).contains("this person is suspended: abuse");
        assertThat(http.json("GET", "/api/v1/creators", colleague, null).statusCode()).isEqualTo(200);
        assertThat(http.json("DELETE", "/api/v1/admin/users/" + person + "/ban", operator, null).statusCode()).isEqualTo(204);
        assertThat(http.json("GET", "/api/v1/creators", inOne, null).statusCode()).isEqualTo(200);
    }

    @Test
    void nobodyBansTheirOwnOrganisationOrThemselvesAndAnUnknownOneIsA404() throws Exception {
        ApiHttp http = new ApiHttp(port);
        String operator = TestKeys.owner(context, "platform-ops");
        long own = tenants.organisation("platform-ops").orElseThrow();
        long self = jdbc.queryForObject("SELECT id FROM users WHERE email = ?", Long.class, TestKeys.OWNER);

        assertThat(http.json("PUT", "/api/v1/admin/organisations/" + own + "/ban", operator, "{\"reason\": \"oops\"}").statusCode()).isEqualTo(409);
        assertThat(http.json("PUT", "/api/v1/admin/users/" + self + "/ban", operator, "{\"reason\": \"oops\"}").statusCode()).isEqualTo(409);
        assertThat(http.json("PUT", "/api/v1/admin/organisations/999999999/ban", operator, "{\"reason\": \"x\"}").statusCode()).isEqualTo(404);
        assertThat(http.json("PUT", "/api/v1/admin/users/999999999/ban", operator, "{\"reason\": \"\"}").statusCode()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM organisations WHERE banned_at IS NOT NULL", Long.class)).isZero();
        assertThat(http.json("GET", "/api/v1/creators", operator, null).statusCode()).isEqualTo(200);
    }
}
