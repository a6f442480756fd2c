package io.herdbook.api.payouts;

import static io.herdbook.api.payouts.PayoutHttp.fields;
import static io.herdbook.api.payouts.PayoutHttp.json;
import static io.herdbook.api.payouts.PayoutHttp.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.api.access.TestKeys;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Payout methods over real HTTP on loopback: at most one default per creator, archive, other organisations' methods. */
@PayoutTestContext
class PayoutMethodsApiTest {

    @LocalServerPort int port;

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    private PayoutHttp http;
    private PayoutData data;
    private long organisation;
    private long creator;

    @BeforeEach
    void aCreatorOfItsOwn() {
        http = new PayoutHttp(port, TestKeys.owner(context, PayoutTestContext.ORGANISATION));
        data = new PayoutData(jdbc);
        organisation = data.apiOrganisation();
        creator = data.creator(organisation, data.project(organisation, "UTC"));
    }

    private JsonNode add(String body) throws Exception {
        return json(http.post("/api/v1/creators/" + creator + "/payout-methods", body), 201);
    }

    @Test
    void theFirstMethodIsTheDefaultAndMakingAnotherTheDefaultUnsetsIt() throws Exception {
        JsonNode paypal = add("{\"kind\": \"PAYPAL\", \"details\": \"ana@example.com\"}");
        JsonNode bank = add("{\"kind\": \"bank_transfer\", \"details\": \"IBAN …4711\"}");

        assertThat(paypal.get("is_default").asBoolean()).isTrue();
        assertThat(paypal.get("creator_id").asLong()).isEqualTo(creator);
        assertThat(bank.get("kind").asString()).isEqualTo("BANK_TRANSFER");
        assertThat(bank.get("is_default").asBoolean()).isFalse();

        JsonNode wise = add("{\"kind\": \"WISE\", \"details\": \"ana\", \"is_default\": true}");
        assertThat(wise.get("is_default").asBoolean()).isTrue();
        assertThat(defaults()).containsExactly(wise.get("id").asLong());

        JsonNode patched = json(http.patch("/api/v1/payout-methods/" + bank.get("id").asLong(), "{\"is_default\": true, \"details\": \"IBAN …0815\"}"), 200);
        assertThat(patched.get("details").asString()).isEqualTo("IBAN …0815");
        assertThat(defaults()).containsExactly(bank.get("id").asLong());
        JsonNode page = json(http.get("/api/v1/creators/" + creator + "/payout-methods"), 200);
        assertThat(page.get("items")).extracting(item -> item.get("is_default").asBoolean()).containsExactly(false, true, false);
    }

    @Test
    void anArchivedMethodIsNotListedNorTheDefaultAndCannotChange() throws Exception {
        long id = add("{\"kind\": \"CHECK\", \"details\": \"by post\"}").get("id").asLong();

        assertThat(http.delete("/api/v1/payout-methods/" + id).statusCode()).isEqualTo(204);

        JsonNode archived = json(http.get("/api/v1/payout-methods/" + id), 200);
        assertThat(archived.get("archived_at").asString()).isEqualTo(PayoutTestContext.NOW);
        assertThat(archived.get("is_default").asBoolean()).isFalse();
        assertThat(json(http.get("/api/v1/creators/" + creator + "/payout-methods"), 200).get("items")).isEmpty();
        assertThat(json(http.get("/api/v1/creators/" + creator + "/payout-methods?include_archived=true"), 200).get("items")).hasSize(1);
        problem(http.patch("/api/v1/payout-methods/" + id, "{\"is_default\": true}"), 409);
        assertThat(add("{\"kind\": \"OTHER\", \"details\": \"cash\"}").get("is_default").asBoolean()).isTrue();
    }

    @Test
    void aWrongBodyIsA400ListingEveryWrongField() throws Exception {
        String tooLong = "x".repeat(501);

        assertThat(fields(http.post("/api/v1/creators/" + creator + "/payout-methods",
                "{\"kind\": \"CRYPTO\", \"details\": \"" + tooLong + "\", \"is_default\": \"yes\"}"))).containsExactly("kind", "details", "is_default");
        assertThat(fields(http.post("/api/v1/creators/" + creator + "/payout-methods", "{}"))).containsExactly("kind", "details");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payout_methods WHERE creator_id = ?", Long.class, creator)).isZero();
    }

    @Test
    void anotherOrganisationsMethodIsA404AndStaysAsItWas() throws Exception {
        long other = data.anotherOrganisation();
        long foreignCreator = data.creator(other, data.project(other, "UTC"));
        long foreign = jdbc.queryForObject("""
                INSERT INTO payout_methods (organisation_id, creator_id, kind, details, is_default) VALUES (?, ?, 'PAYPAL', 'theirs', true)
                RETURNING id""", Long.class, other, foreignCreator);

        problem(http.get("/api/v1/payout-methods/" + foreign), 404);
        problem(http.patch("/api/v1/payout-methods/" + foreign, "{\"details\": \"mine\", \"is_default\": false}"), 404);
        problem(http.delete("/api/v1/payout-methods/" + foreign), 404);
        problem(http.get("/api/v1/creators/" + foreignCreator + "/payout-methods"), 404);
        problem(http.post("/api/v1/creators/" + foreignCreator + "/payout-methods", "{\"kind\": \"PAYPAL\", \"details\": \"mine\"}"), 404);

        assertThat(jdbc.queryForObject("SELECT details || ' ' || is_default || ' ' || (archived_at IS NULL) FROM payout_methods WHERE id = ?",
                String.class, foreign)).isEqualTo("theirs true true");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payout_methods WHERE creator_id = ?", Long.class, foreignCreator)).isEqualTo(1);
    }

    private List<Long> defaults() {
        return jdbc.queryForList("SELECT id FROM payout_methods WHERE creator_id = ? AND is_default ORDER BY id", Long.class, creator);
    }
}
