package io.herdbook.api.goals;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.api.access.TestKeys;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The goal endpoints over real HTTP on loopback: happy paths with their exact JSON, 400s, 404 across organisations, 409s. */
@GoalTestContext
class GoalsApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    private String key;

    /** This test's key: every scope, for the owner of the goal tests' organisation, issued on first use (after the test's data). */
    private String key() {
        if (key == null) {
            key = TestKeys.owner(context, GoalTestContext.ORGANISATION);
        }
        return key;
    }

    GoalData data;
    long organisation;
    long project;
    long alpha;
    long beta;

    /** The API's organisation gets a new project with creators alpha and beta. */
    @BeforeEach
    void aProjectWithTwoCreators() {
        GoalTestContext.CLOCK.set(Instant.parse("2026-03-10T12:00:00Z"));
        data = new GoalData(jdbc);
        organisation = data.organisation(GoalTestContext.ORGANISATION);
        project = data.project(organisation, "Europe/Berlin");
        alpha = data.creator(organisation, project, "alpha");
        beta = data.creator(organisation, project, "beta");
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header(TestKeys.HEADER, key());
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private static JsonNode expected(String json) {
        return JSON.readTree(json);
    }

    private long create(String body) throws Exception {
        return json(send("POST", "/api/v1/projects/" + project + "/goals", body), 201).get("id").asLong();
    }

    private static final String WEEKLY = """
            {"name": "Three posts a week", "metric": "posts_in_period", "target": 3, "period": "weekly", "starts_on": "2026-03-04"}
            """;

    @Test
    void creatingAGoalAnswers201WithItsLocationAndTheGoalCoveringEveryCreator() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/projects/" + project + "/goals", WEEKLY);

        JsonNode body = json(response, 201);
        long id = body.get("id").asLong();
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/goals/" + id);
        assertThat(body).isEqualTo(expected("""
                {"id": %d, "project_id": %d, "campaign_id": null, "name": "Three posts a week", "metric": "POSTS_IN_PERIOD",
                 "target": 3, "period": "WEEKLY", "starts_on": "2026-03-04", "all_creators": true,
                 "creators": [{"id": %d, "handle": "alpha"}, {"id": %d, "handle": "beta"}], "archived_at": null}
                """.formatted(id, project, alpha, beta)));
        assertThat(json(send("GET", "/api/v1/goals/" + id, null), 200)).isEqualTo(body);
    }

    @Test
    void aGoalForSomeCreatorsOfACampaignCoversOnlyThem() throws Exception {
        long gamma = data.creator(organisation, project, "gamma");
        long campaign = data.campaign(organisation, project, beta, gamma);

        JsonNode body = json(send("POST", "/api/v1/projects/" + project + "/goals", """
                {"name": "Views", "metric": "TOTAL_VIEWS", "target": 10000, "period": "MONTHLY", "starts_on": "2026-03-01",
                 "campaign_id": %d, "creator_ids": [%d, %d]}
                """.formatted(campaign, gamma, gamma)), 201);

        assertThat(body).isEqualTo(expected("""
                {"id": %d, "project_id": %d, "campaign_id": %d, "name": "Views", "metric": "TOTAL_VIEWS", "target": 10000,
                 "period": "MONTHLY", "starts_on": "2026-03-01", "all_creators": false,
                 "creators": [{"id": %d, "handle": "gamma"}], "archived_at": null}
                """.formatted(body.get("id").asLong(), project, campaign, gamma)));
    }

    @Test
    void aMalformedGoalIs400ListingEveryWrongField() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/projects/" + project + "/goals", """
                {"name": "", "metric": "REACH", "target": 0, "period": "DAILY", "starts_on": "2026-02-30", "colour": "red"}
                """);

        JsonNode problem = json(response, 400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(problem.get("errors")).isEqualTo(expected("""
                [{"field": "colour", "message": "unknown field; a goal takes name, metric, target, period, starts_on, campaign_id and creator_ids"},
                 {"field": "name", "message": "must be a text of 1 to 200 characters, not blank"},
                 {"field": "metric", "message": "metric must be one of POSTS_IN_PERIOD, MIN_VIEWS_PER_POST, TOTAL_VIEWS, LIKES_RECEIVED, not 'REACH'"},
                 {"field": "target", "message": "must be a whole number greater than 0, not 0"},
                 {"field": "period", "message": "period must be WEEKLY or MONTHLY, not 'DAILY'"},
                 {"field": "starts_on", "message": "must be a date as YYYY-MM-DD, not \\"2026-02-30\\""}]
                """));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM goals WHERE project_id = ?", Long.class, project)).isZero();
    }

    @Test
    void missingFieldsAndAFractionalTargetAre400() throws Exception {
        JsonNode problem = json(send("POST", "/api/v1/projects/" + project + "/goals", "{\"target\": 2.5, \"creator_ids\": []}"), 400);

        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactly("name", "metric", "target", "period", "starts_on", "creator_ids");
        assertThat(json(send("POST", "/api/v1/projects/" + project + "/goals", "[1]"), 400).get("detail").asString())
                .isEqualTo("the goal cannot be saved: must be a JSON object");
    }

    @Test
    void creatorsOfAnotherProjectOrOutsideTheCampaignAre400() throws Exception {
        long elsewhere = data.creator(organisation, data.project(organisation, "UTC"), "elsewhere");
        long campaign = data.campaign(organisation, project, beta);

        JsonNode foreign = json(send("POST", "/api/v1/projects/" + project + "/goals", """
                {"name": "x", "metric": "TOTAL_VIEWS", "target": 1, "period": "WEEKLY", "starts_on": "2026-03-02", "creator_ids": [%d, %d]}
                """.formatted(alpha, elsewhere)), 400);
        JsonNode outside = json(send("POST", "/api/v1/projects/" + project + "/goals", """
                {"name": "x", "metric": "TOTAL_VIEWS", "target": 1, "period": "WEEKLY", "starts_on": "2026-03-02",
                 "campaign_id": %d, "creator_ids": [%d, %d]}
                """.formatted(campaign, alpha, beta)), 400);

        assertThat(foreign.get("errors")).isEqualTo(expected("""
                [{"field": "creator_ids", "message": "not creators of project %d: [%d]"}]""".formatted(project, elsewhere)));
        assertThat(outside.get("errors")).isEqualTo(expected("""
                [{"field": "creator_ids", "message": "not creators of campaign %d: [%d]"}]""".formatted(campaign, alpha)));
    }

    @Test
    void anotherOrganisationsProjectGoalAndCreatorAre404() throws Exception {
        long other = data.anOrganisation();
        long foreignProject = data.project(other, "UTC");
        long foreignCreator = data.creator(other, foreignProject, "foreign");
        long foreignGoal = data.goal(other, foreignProject, "TOTAL_VIEWS", 5, "WEEKLY", "2026-03-02");
        long own = create(WEEKLY);

        assertThat(json(send("POST", "/api/v1/projects/" + foreignProject + "/goals", WEEKLY), 404).get("detail").asString())
                .isEqualTo("no project " + foreignProject);
        assertThat(send("GET", "/api/v1/projects/" + foreignProject + "/goals", null).statusCode()).isEqualTo(404);
        assertThat(json(send("GET", "/api/v1/goals/" + foreignGoal, null), 404).get("detail").asString()).isEqualTo("no goal " + foreignGoal);
        assertThat(send("PATCH", "/api/v1/goals/" + foreignGoal, "{\"name\": \"mine\"}").statusCode()).isEqualTo(404);
        assertThat(send("DELETE", "/api/v1/goals/" + foreignGoal, null).statusCode()).isEqualTo(404);
        assertThat(send("PUT", "/api/v1/goals/" + foreignGoal + "/creators/" + alpha, null).statusCode()).isEqualTo(404);
        assertThat(json(send("PUT", "/api/v1/goals/" + own + "/creators/" + foreignCreator, null), 404).get("detail").asString())
                .isEqualTo("no creator " + foreignCreator);
        assertThat(jdbc.queryForObject("SELECT name FROM goals WHERE id = ?", String.class, foreignGoal)).isEqualTo("total_views goal");
        assertThat(jdbc.queryForObject("SELECT archived_at IS NULL FROM goals WHERE id = ?", Boolean.class, foreignGoal)).isTrue();
    }

    @Test
    void listingLeavesArchivedGoalsOutUnlessAsked() throws Exception {
        long kept = create(WEEKLY);
        long archived = create(WEEKLY.replace("Three posts a week", "Old"));

        assertThat(send("DELETE", "/api/v1/goals/" + archived, null).statusCode()).isEqualTo(204);
        assertThat(send("DELETE", "/api/v1/goals/" + archived, null).statusCode()).isEqualTo(204);

        JsonNode open = json(send("GET", "/api/v1/projects/" + project + "/goals", null), 200).get("items");
        JsonNode all = json(send("GET", "/api/v1/projects/" + project + "/goals?include_archived=true", null), 200).get("items");
        assertThat(open.valueStream().map(g -> g.get("id").asLong()).toList()).containsExactly(kept);
        assertThat(all.valueStream().map(g -> g.get("id").asLong()).toList()).containsExactly(kept, archived);
        assertThat(all.get(1).get("archived_at").asString()).isEqualTo("2026-03-10T12:00:00Z");
        assertThat(json(send("PATCH", "/api/v1/goals/" + archived, "{\"name\": \"again\"}"), 409).get("detail").asString())
                .isEqualTo("goal " + archived + " was archived at 2026-03-10T12:00:00Z; an archived goal is kept as it was when archived");
    }

    @Test
    void termsChangeFreelyUntilAResultExistsThenOnlyTheNameMay() throws Exception {
        long goal = create(WEEKLY);

        JsonNode changed = json(send("PATCH", "/api/v1/goals/" + goal, "{\"target\": 4, \"metric\": \"TOTAL_VIEWS\", \"starts_on\": \"2026-03-09\"}"), 200);
        assertThat(changed.get("target").asLong()).isEqualTo(4);
        assertThat(changed.get("metric").asString()).isEqualTo("TOTAL_VIEWS");
        assertThat(changed.get("starts_on").asString()).isEqualTo("2026-03-09");
        assertThat(changed.get("name").asString()).isEqualTo("Three posts a week");

        data.result(organisation, goal, alpha, "2026-03-09", "2026-03-08T23:00:00Z", "2026-03-15T23:00:00Z", 5L, true, 5, "2026-03-18T00:10:00Z");
        HttpResponse<String> refused = send("PATCH", "/api/v1/goals/" + goal, "{\"name\": \"New name\", \"target\": 10}");

        assertThat(json(refused, 409).get("detail").asString()).isEqualTo("goal " + goal + " already has 1 evaluated result(s), judged by "
                + "its current metric, target, period and start date; changing them would make those results disagree with the goal. "
                + "Create a new goal with the new terms (and archive this one); only the name may change");
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(jdbc.queryForObject("SELECT name || ' ' || target FROM goals WHERE id = ?", String.class, goal)).isEqualTo("Three posts a week 4");
        JsonNode renamed = json(send("PATCH", "/api/v1/goals/" + goal, "{\"name\": \"New name\", \"target\": 4, \"period\": \"WEEKLY\"}"), 200);
        assertThat(renamed.get("name").asString()).isEqualTo("New name");
        assertThat(json(send("PATCH", "/api/v1/goals/" + goal, "{\"period\": \"MONTHLY\"}"), 409).get("status").asInt()).isEqualTo(409);
        assertThat(json(send("PATCH", "/api/v1/goals/" + goal, "{\"target\": -1, \"creator_ids\": [1]}"), 400).get("errors")
                .valueStream().map(e -> e.get("field").asString()).toList()).containsExactly("creator_ids", "target");
    }

    @Test
    void removingACreatorFromAnAllCreatorsGoalListsTheOthersAndAddingBringsItBack() throws Exception {
        long goal = create(WEEKLY);
        long elsewhere = data.creator(organisation, data.project(organisation, "UTC"), "elsewhere");

        JsonNode removed = json(send("DELETE", "/api/v1/goals/" + goal + "/creators/" + alpha, null), 200);
        assertThat(removed.get("all_creators").asBoolean()).isFalse();
        assertThat(removed.get("creators")).isEqualTo(expected("[{\"id\": %d, \"handle\": \"beta\"}]".formatted(beta)));
        data.creator(organisation, project, "late");   // added after the list was made: not covered

        JsonNode added = json(send("PUT", "/api/v1/goals/" + goal + "/creators/" + alpha, null), 200);
        assertThat(added.get("creators").valueStream().map(c -> c.get("id").asLong()).toList()).containsExactly(alpha, beta);
        assertThat(json(send("PUT", "/api/v1/goals/" + goal + "/creators/" + alpha, null), 200).get("creators")).isEqualTo(added.get("creators"));
        assertThat(json(send("PUT", "/api/v1/goals/" + goal + "/creators/" + elsewhere, null), 400).get("errors")).isEqualTo(expected("""
                [{"field": "creator_id", "message": "not creators of project %d: [%d]"}]""".formatted(project, elsewhere)));
    }
}
