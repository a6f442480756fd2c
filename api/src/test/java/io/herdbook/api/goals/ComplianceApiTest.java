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

/**
 * The goal-compliance endpoints over real HTTP on loopback. The project is in America/Chicago; "now" is
 * 2026-03-10T12:00Z, a Tuesday: the week 2026-03-09..2026-03-15 is in progress ([2026-03-09T05:00Z, 2026-03-16T05:00Z)),
 * the week before it, 2026-03-02..2026-03-08, closed 31 h ago.
 */
@GoalTestContext
class ComplianceApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

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
    long posts;
    long views;

    /**
     * alpha posted twice this week (fetched an hour ago: 120 and 80 views); beta once last week, never refreshed.
     * Goal "posts": 2 a week from 2026-03-02; goal "views": 150 views a week from 2026-03-16 (not started this week).
     */
    @BeforeEach
    void aChicagoProjectWithTwoGoals() {
        GoalTestContext.CLOCK.set(NOW);
        data = new GoalData(jdbc);
        organisation = data.organisation(GoalTestContext.ORGANISATION);
        project = data.project(organisation, "America/Chicago");
        alpha = data.creator(organisation, project, "alpha");
        beta = data.creator(organisation, project, "beta");
        long one = data.post(organisation, alpha, "2026-03-09T05:00:00Z");
        long two = data.post(organisation, alpha, "2026-03-10T01:00:00Z");
        data.snapshot(organisation, one, "2026-03-10T11:00:00Z", 120, 12);
        data.snapshot(organisation, two, "2026-03-10T11:00:00Z", 80, 8);
        data.post(organisation, beta, "2026-03-04T12:00:00Z");
        posts = data.goal(organisation, project, "POSTS_IN_PERIOD", 2, "WEEKLY", "2026-03-02");
        views = data.goal(organisation, project, "TOTAL_VIEWS", 150, "WEEKLY", "2026-03-16");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header(TestKeys.HEADER, key()).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(String path, int status) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    @Test
    void theReportOfTodaysPeriodsShowsEachGoalAndCreatorWithAdvisories() throws Exception {
        JsonNode report = json("/api/v1/projects/" + project + "/goal-compliance", 200);

        assertThat(report).isEqualTo(JSON.readTree("""
                {"project_id": %1$d, "time_zone": "America/Chicago", "period_containing": "2026-03-10", "as_of": "2026-03-10T12:00:00Z",
                 "stale_after": "PT24H", "goals": [
                  {"goal_id": %2$d, "name": "posts_in_period goal", "metric": "POSTS_IN_PERIOD", "target": 2, "period": "WEEKLY",
                   "first_day": "2026-03-09", "last_day": "2026-03-15", "from": "2026-03-09T05:00:00Z", "to": "2026-03-16T05:00:00Z",
                   "final": false, "advisories": ["PERIOD_IN_PROGRESS"], "creators": [
                    {"creator_id": %4$d, "handle": "alpha", "actual": 2, "target": 2, "met": true, "posts": 2, "final": false,
                     "evaluated_at": null, "stats_cutoff": "2026-03-10T12:00:00Z", "refreshed_at": "2026-03-10T11:00:00Z",
                     "advisories": ["PERIOD_IN_PROGRESS"]},
                    {"creator_id": %5$d, "handle": "beta", "actual": 0, "target": 2, "met": false, "posts": 0, "final": false,
                     "evaluated_at": null, "stats_cutoff": "2026-03-10T12:00:00Z", "refreshed_at": null,
                     "advisories": ["PERIOD_IN_PROGRESS", "STATS_MAY_BE_STALE"]}]},
                  {"goal_id": %3$d, "name": "total_views goal", "metric": "TOTAL_VIEWS", "target": 150, "period": "WEEKLY",
                   "first_day": "2026-03-09", "last_day": "2026-03-15", "from": "2026-03-09T05:00:00Z", "to": "2026-03-16T05:00:00Z",
                   "final": false, "advisories": ["PERIOD_IN_PROGRESS", "GOAL_NOT_STARTED"], "creators": [
                    {"creator_id": %4$d, "handle": "alpha", "actual": 200, "target": 150, "met": true, "posts": 2, "final": false,
                     "evaluated_at": null, "stats_cutoff": "2026-03-10T12:00:00Z", "refreshed_at": "2026-03-10T11:00:00Z",
                     "advisories": ["PERIOD_IN_PROGRESS", "GOAL_NOT_STARTED"]},
                    {"creator_id": %5$d, "handle": "beta", "actual": 0, "target": 150, "met": false, "posts": 0, "final": false,
                     "evaluated_at": null, "stats_cutoff": "2026-03-10T12:00:00Z", "refreshed_at": null,
                     "advisories": ["PERIOD_IN_PROGRESS", "STATS_MAY_BE_STALE", "GOAL_NOT_STARTED"]}]}]}
                """.formatted(project, posts, views, alpha, beta)));
    }

    @Test
    void aPeriodWithStoredResultsIsFinalAndCounted() throws Exception {
        data.result(organisation, posts, alpha, "2026-03-02", "2026-03-02T06:00:00Z", "2026-03-09T05:00:00Z", 0L, false, 0, "2026-03-11T05:10:00Z");
        data.result(organisation, posts, beta, "2026-03-02", "2026-03-02T06:00:00Z", "2026-03-09T05:00:00Z", 3L, true, 3, "2026-03-11T05:10:00Z");
        GoalTestContext.CLOCK.set(Instant.parse("2026-03-12T00:00:00Z"));

        JsonNode report = json("/api/v1/projects/" + project + "/goal-compliance?period_containing=2026-03-08", 200);
        JsonNode summary = json("/api/v1/projects/" + project + "/goal-compliance/summary?period_containing=2026-03-08", 200);

        JsonNode stored = report.get("goals").get(0);
        assertThat(stored.get("final").asBoolean()).isTrue();
        assertThat(stored.get("advisories")).isEmpty();
        assertThat(stored.get("creators").get(1)).isEqualTo(JSON.readTree("""
                {"creator_id": %d, "handle": "beta", "actual": 3, "target": 2, "met": true, "posts": 3, "final": true,
                 "evaluated_at": "2026-03-11T05:10:00Z", "stats_cutoff": "2026-03-11T05:00:00Z", "refreshed_at": null,
                 "advisories": []}
                """.formatted(beta)));
        assertThat(report.get("goals").get(1).get("creators").get(1).get("advisories")).isEqualTo(JSON.readTree("[\"GOAL_NOT_STARTED\"]"));
        assertThat(summary).isEqualTo(JSON.readTree("""
                {"project_id": %1$d, "time_zone": "America/Chicago", "period_containing": "2026-03-08", "as_of": "2026-03-12T00:00:00Z",
                 "goals": [
                  {"goal_id": %2$d, "name": "posts_in_period goal", "metric": "POSTS_IN_PERIOD", "target": 2, "period": "WEEKLY",
                   "first_day": "2026-03-02", "last_day": "2026-03-08", "from": "2026-03-02T06:00:00Z", "to": "2026-03-09T05:00:00Z",
                   "final": true, "creators": 2, "met": 1, "not_met": 1, "with_advisories": 0},
                  {"goal_id": %3$d, "name": "total_views goal", "metric": "TOTAL_VIEWS", "target": 150, "period": "WEEKLY",
                   "first_day": "2026-03-02", "last_day": "2026-03-08", "from": "2026-03-02T06:00:00Z", "to": "2026-03-09T05:00:00Z",
                   "final": false, "creators": 2, "met": 0, "not_met": 2, "with_advisories": 2}],
                 "totals": {"goals": 2, "creators": 4, "met": 1, "not_met": 3, "with_advisories": 2}}
                """.formatted(project, posts, views)));
    }

    @Test
    void theSummaryOfTodayCountsCreatorsWithAdvisories() throws Exception {
        jdbc.update("UPDATE goals SET starts_on = '2026-03-02' WHERE id = ?", views);
        data.snapshot(organisation, data.post(organisation, beta, "2026-02-01T00:00:00Z"), "2026-03-10T11:30:00Z", 1, 0);
        jdbc.update("UPDATE projects SET time_zone = 'UTC' WHERE id = ?", project);

        JsonNode totals = json("/api/v1/projects/" + project + "/goal-compliance/summary", 200).get("totals");

        assertThat(totals).isEqualTo(JSON.readTree("{\"goals\": 2, \"creators\": 4, \"met\": 2, \"not_met\": 2, \"with_advisories\": 4}"));
    }

    @Test
    void anotherOrganisationsProjectIs404AndABadDayIs400() throws Exception {
        long other = data.anOrganisation();
        long foreign = data.project(other, "UTC");
        data.goal(other, foreign, "TOTAL_VIEWS", 1, "WEEKLY", "2026-03-02");

        HttpResponse<String> missing = get("/api/v1/projects/" + foreign + "/goal-compliance");
        HttpResponse<String> summary = get("/api/v1/projects/" + foreign + "/goal-compliance/summary");
        HttpResponse<String> badDay = get("/api/v1/projects/" + project + "/goal-compliance?period_containing=2026-02-30");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).get("detail").asString()).isEqualTo("no project " + foreign);
        assertThat(summary.statusCode()).isEqualTo(404);
        assertThat(badDay.statusCode()).isEqualTo(400);
        assertThat(badDay.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(badDay.body()).get("detail").asString()).contains("period_containing").contains("2026-02-30");
    }

    @Test
    void theApiDocumentNamesEachEndpointsScope() throws Exception {
        JsonNode paths = json("/api/v1/openapi.json", 200).get("paths");

        assertThat(paths.get("/api/v1/projects/{id}/goal-compliance").get("get").get("description").asString()).startsWith("Read scope");
        assertThat(paths.get("/api/v1/projects/{id}/goal-compliance/summary").get("get").get("description").asString()).startsWith("Read scope");
        assertThat(paths.get("/api/v1/projects/{id}/goals").get("get").get("description").asString()).startsWith("Read scope");
        assertThat(paths.get("/api/v1/projects/{id}/goals").get("post").get("description").asString()).startsWith("Write scope");
        assertThat(paths.get("/api/v1/goals/{id}").get("get").get("description").asString()).startsWith("Read scope");
        assertThat(paths.get("/api/v1/goals/{id}").get("patch").get("description").asString()).startsWith("Write scope");
        assertThat(paths.get("/api/v1/goals/{id}").get("delete").get("description").asString()).startsWith("Write scope");
        assertThat(paths.get("/api/v1/goals/{id}/creators/{creatorId}").get("put").get("description").asString()).startsWith("Write scope");
        assertThat(paths.get("/api/v1/goals/{id}/creators/{creatorId}").get("delete").get("description").asString()).startsWith("Write scope");
    }
}
