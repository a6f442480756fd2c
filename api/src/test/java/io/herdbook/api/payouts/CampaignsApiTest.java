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

/** Campaigns, their members and budgets over real HTTP on loopback. */
@PayoutTestContext
class CampaignsApiTest {

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
        project = data.project(organisation, "Europe/Berlin");
    }

    @Test
    void aCampaignIsCreatedListedReadAndChangedWithItsBudgetAsTwoDecimalText() throws Exception {
        HttpResponse<String> created = http.post("/api/v1/projects/" + project + "/campaigns", "{\"name\": \" Spring \", \"budget\": \"1000.5\"}");
        JsonNode campaign = json(created, 201);
        long id = campaign.get("id").asLong();

        assertThat(created.headers().firstValue("location")).hasValue("/api/v1/campaigns/" + id);
        assertThat(campaign.get("project_id").asLong()).isEqualTo(project);
        assertThat(campaign.get("name").asString()).isEqualTo("Spring");
        assertThat(campaign.get("budget").asString()).isEqualTo("1000.50");
        assertThat(campaign.get("creator_count").asLong()).isZero();
        JsonNode page = json(http.get("/api/v1/projects/" + project + "/campaigns"), 200);
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("items").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(page.get("next").isNull()).isTrue();

        JsonNode renamed = json(http.patch("/api/v1/campaigns/" + id, "{\"name\": \"Summer\", \"budget\": 250.1}"), 200);
        assertThat(renamed.get("name").asString()).isEqualTo("Summer");
        assertThat(renamed.get("budget").asString()).isEqualTo("250.10");
        JsonNode cleared = json(http.patch("/api/v1/campaigns/" + id, "{\"budget\": null}"), 200);
        assertThat(cleared.get("name").asString()).isEqualTo("Summer");
        assertThat(cleared.get("budget").isNull()).isTrue();
        assertThat(json(http.get("/api/v1/campaigns/" + id), 200).get("budget").isNull()).isTrue();
    }

    @Test
    void theCampaignListPagesByCursor() throws Exception {
        for (int i = 0; i < 3; i++) {
            json(http.post("/api/v1/projects/" + project + "/campaigns", "{\"name\": \"c" + i + "\"}"), 201);
        }

        JsonNode first = json(http.get("/api/v1/projects/" + project + "/campaigns?limit=2"), 200);
        JsonNode second = json(http.get("/api/v1/projects/" + project + "/campaigns?limit=2&cursor=" + first.get("next").asString()), 200);

        assertThat(first.get("items")).extracting(item -> item.get("name").asString()).containsExactly("c0", "c1");
        assertThat(second.get("items")).extracting(item -> item.get("name").asString()).containsExactly("c2");
        assertThat(second.get("next").isNull()).isTrue();
    }

    @Test
    void creatorsOfTheCampaignsProjectJoinAndLeaveOnceAndOthersAreRefused() throws Exception {
        long campaign = data.campaign(organisation, project, null);
        long creator = data.creator(organisation, project);
        long elsewhere = data.creator(organisation, data.project(organisation, "UTC"));
        long other = data.anotherOrganisation();
        long foreign = data.creator(other, data.project(other, "UTC"));

        assertThat(http.put("/api/v1/campaigns/" + campaign + "/creators/" + creator).statusCode()).isEqualTo(204);
        assertThat(http.put("/api/v1/campaigns/" + campaign + "/creators/" + creator).statusCode()).isEqualTo(204);
        assertThat(json(http.get("/api/v1/campaigns/" + campaign), 200).get("creator_count").asLong()).isEqualTo(1);
        assertThat(fields(http.put("/api/v1/campaigns/" + campaign + "/creators/" + elsewhere))).containsExactly("creatorId");
        problem(http.put("/api/v1/campaigns/" + campaign + "/creators/" + foreign), 404);
        assertThat(members(campaign)).isEqualTo(1);

        assertThat(http.delete("/api/v1/campaigns/" + campaign + "/creators/" + creator).statusCode()).isEqualTo(204);
        assertThat(members(campaign)).isZero();
    }

    @Test
    void theBudgetSumsTheCampaignsLinesExactly() throws Exception {
        long campaign = data.campaign(organisation, project, "100.00");
        long structure = data.cpmStructure(organisation, project, campaign);
        long creator = data.creator(organisation, project);
        Instant at = Instant.parse("2026-04-03T01:10:00Z");
        data.cpmLine(organisation, project, structure, creator, data.post(organisation, creator), 50, "0.10", "0.00", at);
        data.cpmLine(organisation, project, structure, creator, data.post(organisation, creator), 100, "0.20", "0.05", at);
        long projectWide = data.cpmStructure(organisation, project, null);
        data.cpmLine(organisation, project, projectWide, creator, data.post(organisation, creator), 1000, "7.00", "0.00", at);
        long unbudgeted = data.campaign(organisation, project, null);

        JsonNode budget = json(http.get("/api/v1/campaigns/" + campaign + "/budget"), 200);
        JsonNode none = json(http.get("/api/v1/campaigns/" + unbudgeted + "/budget"), 200);

        assertThat(budget.get("campaign_id").asLong()).isEqualTo(campaign);
        assertThat(budget.get("budget").asString()).isEqualTo("100.00");
        assertThat(budget.get("accrued").asString()).isEqualTo("0.30");
        assertThat(budget.get("unfunded").asString()).isEqualTo("0.05");
        assertThat(budget.get("remaining").asString()).isEqualTo("99.70");
        assertThat(none.get("budget").isNull()).isTrue();
        assertThat(none.get("accrued").asString()).isEqualTo("0.00");
        assertThat(none.get("remaining").isNull()).isTrue();
    }

    @Test
    void aWrongBodyIsA400ListingEveryWrongField() throws Exception {
        HttpResponse<String> response = http.post("/api/v1/projects/" + project + "/campaigns", "{\"name\": \"\", \"budget\": \"1.234\", \"colour\": 1}");
        HttpResponse<String> negative = http.post("/api/v1/projects/" + project + "/campaigns", "{\"name\": \"x\", \"budget\": -1}");
        HttpResponse<String> tooPrecise = http.post("/api/v1/projects/" + project + "/campaigns", "{\"name\": \"x\", \"budget\": 0.125}");
        HttpResponse<String> notJson = http.post("/api/v1/projects/" + project + "/campaigns", "{name");

        assertThat(fields(response)).containsExactly("colour", "name", "budget");
        assertThat(fields(negative)).containsExactly("budget");
        assertThat(fields(tooPrecise)).containsExactly("budget");
        assertThat(fields(notJson)).containsExactly("");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM campaigns WHERE project_id = ?", Long.class, project)).isZero();
    }

    @Test
    void anotherOrganisationsCampaignIsA404AndStaysAsItWas() throws Exception {
        long other = data.anotherOrganisation();
        long foreignProject = data.project(other, "UTC");
        long foreign = data.campaign(other, foreignProject, "10.00");
        long foreignCreator = data.creator(other, foreignProject);

        problem(http.get("/api/v1/campaigns/" + foreign), 404);
        problem(http.patch("/api/v1/campaigns/" + foreign, "{\"name\": \"Taken\", \"budget\": \"1.00\"}"), 404);
        problem(http.put("/api/v1/campaigns/" + foreign + "/creators/" + foreignCreator), 404);
        problem(http.get("/api/v1/campaigns/" + foreign + "/budget"), 404);
        problem(http.get("/api/v1/projects/" + foreignProject + "/campaigns"), 404);
        problem(http.post("/api/v1/projects/" + foreignProject + "/campaigns", "{\"name\": \"x\"}"), 404);

        assertThat(jdbc.queryForObject("SELECT name || ' ' || budget FROM campaigns WHERE id = ?", String.class, foreign)).isEqualTo("Spring 10.00");
        assertThat(members(foreign)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM campaigns WHERE project_id = ?", Long.class, foreignProject)).isEqualTo(1);
    }

    private long members(long campaign) {
        return jdbc.queryForObject("SELECT count(*) FROM campaign_creators WHERE campaign_id = ?", Long.class, campaign);
    }
}
