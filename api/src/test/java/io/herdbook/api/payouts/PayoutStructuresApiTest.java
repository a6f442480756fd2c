package io.herdbook.api.payouts;

import static io.herdbook.api.payouts.PayoutHttp.fields;
import static io.herdbook.api.payouts.PayoutHttp.json;
import static io.herdbook.api.payouts.PayoutHttp.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.api.access.TestKeys;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Payout structures over real HTTP on loopback: the three kinds, their terms rules, and terms that are evidence. */
@PayoutTestContext
class PayoutStructuresApiTest {

    private static final String CPM = """
            {"name": "Views", "kind": "CPM", "period": "MONTHLY", "starts_on": "2026-03-01", "cap_per_post": "150",
             "tiers": [{"from_views": 0, "cpm_rate": "2.50"}, {"from_views": 100000, "cpm_rate": 1.5}], "min_views": 1000,
             "view_window_days": 7}""";

    @LocalServerPort int port;

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    private PayoutHttp http;
    private PayoutData data;
    private long organisation;
    private long project;

    @BeforeEach
    void aProjectOfItsOwn() {
        http = new PayoutHttp(port, TestKeys.owner(context, PayoutTestContext.ORGANISATION));
        data = new PayoutData(jdbc);
        organisation = data.apiOrganisation();
        project = data.project(organisation, "UTC");
    }

    private String structures() {
        return "/api/v1/projects/" + project + "/payout-structures";
    }

    @Test
    void aCpmStructureWithCapAndTiersIsStoredAndShownWithExactMoneyText() throws Exception {
        HttpResponse<String> created = http.post(structures(), CPM);
        JsonNode structure = json(created, 201);
        long id = structure.get("id").asLong();

        assertThat(created.headers().firstValue("location")).hasValue("/api/v1/payout-structures/" + id);
        assertThat(structure.get("kind").asString()).isEqualTo("CPM");
        assertThat(structure.get("period").asString()).isEqualTo("MONTHLY");
        assertThat(structure.get("starts_on").asString()).isEqualTo("2026-03-01");
        assertThat(structure.get("cpm_rate").asString()).isEqualTo("2.50");
        assertThat(structure.get("cap_per_post").asString()).isEqualTo("150.00");
        assertThat(structure.get("tiers")).hasSize(2);
        assertThat(structure.get("tiers").get(1).get("from_views").asLong()).isEqualTo(100_000);
        assertThat(structure.get("tiers").get(1).get("cpm_rate").asString()).isEqualTo("1.50");
        assertThat(structure.get("min_views").asLong()).isEqualTo(1000);
        assertThat(structure.get("view_window_days").asInt()).isEqualTo(7);
        assertThat(structure.get("flat_fee").isNull()).isTrue();
        assertThat(structure.get("campaign_id").isNull()).isTrue();
        assertThat(jdbc.queryForObject("SELECT cpm_rate::text FROM payout_structures WHERE id = ?", String.class, id)).isEqualTo("2.50");
        assertThat(jdbc.queryForList("SELECT from_views || ':' || cpm_rate FROM payout_cpm_tiers WHERE structure_id = ? ORDER BY from_views",
                String.class, id)).containsExactly("0:2.50", "100000:1.50");
        assertThat(json(http.get("/api/v1/payout-structures/" + id), 200)).isEqualTo(structure);
    }

    @Test
    void aFlatStructureOfACampaignAndAGoalBonusWithItsGoalsPeriod() throws Exception {
        long campaign = data.campaign(organisation, project, "500.00");
        long goal = data.goal(organisation, project, "WEEKLY");

        JsonNode flat = json(http.post(structures(), """
                {"name": "Per post", "kind": "flat_per_post", "period": "WEEKLY", "starts_on": "2026-03-02", "flat_fee": "25",
                 "campaign_id": %d}""".formatted(campaign)), 201);
        JsonNode bonus = json(http.post(structures(), """
                {"name": "Bonus", "kind": "GOAL_BONUS", "goal_id": %d, "bonus_amount": "0.10"}""".formatted(goal)), 201);

        assertThat(flat.get("flat_fee").asString()).isEqualTo("25.00");
        assertThat(flat.get("campaign_id").asLong()).isEqualTo(campaign);
        assertThat(flat.get("min_views").asLong()).isZero();
        assertThat(bonus.get("period").asString()).isEqualTo("WEEKLY");
        assertThat(bonus.get("starts_on").asString()).isEqualTo("2026-03-01");
        assertThat(bonus.get("goal_id").asLong()).isEqualTo(goal);
        assertThat(bonus.get("bonus_amount").asString()).isEqualTo("0.10");
        assertThat(bonus.get("min_views").isNull()).isTrue();
        JsonNode page = json(http.get(structures()), 200);
        assertThat(page.get("items")).extracting(item -> item.get("name").asString()).containsExactly("Per post", "Bonus");
    }

    @Test
    void termsThatDoNotFitTheKindAreA400ListingEachField() throws Exception {
        long otherProjectGoal = data.goal(organisation, data.project(organisation, "UTC"), "MONTHLY");

        HttpResponse<String> cpm = http.post(structures(), """
                {"name": "Bad", "kind": "CPM", "period": "MONTHLY", "starts_on": "2026-03-01", "flat_fee": "1.00",
                 "tiers": [{"from_views": 10, "cpm_rate": "1.00"}, {"from_views": 10, "cpm_rate": "0.123"}], "view_window_days": 400}""");
        HttpResponse<String> bonus = http.post(structures(), """
                {"name": "Bad", "kind": "GOAL_BONUS", "goal_id": %d, "bonus_amount": "5.00", "min_views": 10}""".formatted(otherProjectGoal));
        HttpResponse<String> missing = http.post(structures(), "{\"kind\": \"HOURLY\"}");

        assertThat(fields(cpm)).containsExactly("tiers[1].cpm_rate", "view_window_days", "flat_fee", "tiers[0].from_views");
        assertThat(fields(bonus)).containsExactly("goal_id", "min_views");
        assertThat(fields(missing)).containsExactly("name", "kind", "period", "starts_on");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payout_structures WHERE project_id = ?", Long.class, project)).isZero();
    }

    @Test
    void moreThanTwentyTiersOrTiersThatDoNotGoUpAreRefused() throws Exception {
        StringBuilder tiers = new StringBuilder("{\"from_views\": 0, \"cpm_rate\": \"1.00\"}");
        for (int i = 1; i <= 20; i++) {
            tiers.append(", {\"from_views\": ").append(i * 1000).append(", \"cpm_rate\": \"1.00\"}");
        }
        String body = "{\"name\": \"T\", \"kind\": \"CPM\", \"period\": \"MONTHLY\", \"starts_on\": \"2026-03-01\", \"tiers\": [%s]}";

        assertThat(fields(http.post(structures(), body.formatted(tiers)))).containsExactly("tiers");
        assertThat(fields(http.post(structures(), body.formatted("{\"from_views\": 0, \"cpm_rate\": \"1.00\"}, {\"from_views\": 0, \"cpm_rate\": \"2.00\"}"))))
                .containsExactly("tiers[1].from_views");
        assertThat(fields(http.post(structures(), "{\"name\": \"T\", \"kind\": \"CPM\", \"period\": \"MONTHLY\", \"starts_on\": \"2026-03-01\", "
                + "\"cpm_rate\": \"3.00\", \"tiers\": [{\"from_views\": 0, \"cpm_rate\": \"1.00\"}]}"))).containsExactly("cpm_rate");
    }

    @Test
    void termsChangeFreelyUntilTheStructureHasLinesThenOnlyNameAndArchiveDo() throws Exception {
        long id = json(http.post(structures(), CPM), 201).get("id").asLong();

        JsonNode changed = json(http.patch("/api/v1/payout-structures/" + id,
                "{\"cap_per_post\": null, \"tiers\": [], \"cpm_rate\": \"3.00\"}"), 200);
        assertThat(changed.get("cap_per_post").isNull()).isTrue();
        assertThat(changed.get("tiers")).isEmpty();
        assertThat(changed.get("cpm_rate").asString()).isEqualTo("3.00");

        long creator = data.creator(organisation, project);
        data.cpmLine(organisation, project, id, creator, data.post(organisation, creator), 1000, "3.00", "0.00", Instant.parse("2026-04-03T01:10:00Z"));
        HttpResponse<String> refused = http.patch("/api/v1/payout-structures/" + id, "{\"cpm_rate\": \"4.00\", \"name\": \"Renamed\"}");
        assertThat(problem(refused, 409).get("detail").asString()).contains("create a new structure");
        assertThat(json(http.get("/api/v1/payout-structures/" + id), 200).get("name").asString()).isEqualTo("Views");

        JsonNode renamed = json(http.patch("/api/v1/payout-structures/" + id, "{\"name\": \"Renamed\", \"cpm_rate\": \"3.00\"}"), 200);
        assertThat(renamed.get("name").asString()).isEqualTo("Renamed");
        assertThat(fields(http.patch("/api/v1/payout-structures/" + id, "{\"kind\": \"FLAT_PER_POST\"}"))).containsExactly("kind");

        assertThat(http.delete("/api/v1/payout-structures/" + id).statusCode()).isEqualTo(204);
        assertThat(json(http.get("/api/v1/payout-structures/" + id), 200).get("archived_at").asString()).isEqualTo(PayoutTestContext.NOW);
        assertThat(json(http.get(structures()), 200).get("items")).isEmpty();
        assertThat(json(http.get(structures() + "?include_archived=true"), 200).get("items")).hasSize(1);
        assertThat(json(http.patch("/api/v1/payout-structures/" + id, "{\"archived\": false}"), 200).get("archived_at").isNull()).isTrue();
    }

    @Test
    void anotherOrganisationsStructureIsA404AndStaysAsItWas() throws Exception {
        long other = data.anotherOrganisation();
        long foreignProject = data.project(other, "UTC");
        long foreign = data.cpmStructure(other, foreignProject, null);
        long foreignCampaign = data.campaign(other, foreignProject, null);

        problem(http.get("/api/v1/payout-structures/" + foreign), 404);
        problem(http.patch("/api/v1/payout-structures/" + foreign, "{\"name\": \"Mine\", \"cpm_rate\": \"9.00\"}"), 404);
        problem(http.delete("/api/v1/payout-structures/" + foreign), 404);
        problem(http.post("/api/v1/projects/" + foreignProject + "/payout-structures", CPM), 404);
        HttpResponse<String> intoForeignCampaign = http.post(structures(), """
                {"name": "x", "kind": "FLAT_PER_POST", "period": "WEEKLY", "starts_on": "2026-03-02", "flat_fee": "1", "campaign_id": %d}"""
                .formatted(foreignCampaign));

        assertThat(fields(intoForeignCampaign)).containsExactly("campaign_id");
        assertThat(jdbc.queryForObject("SELECT name || ' ' || cpm_rate || ' ' || (archived_at IS NULL) FROM payout_structures WHERE id = ?",
                String.class, foreign)).isEqualTo("CPM 2.00 true");
    }
}
