package io.herdbook.api.limits;

import static io.herdbook.api.limits.DailyLimitsApiTest.limit;
import static io.herdbook.api.limits.LimitsTestContext.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.tracking.CreatorStore;
import io.herdbook.jobs.tracking.TenantStore;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Adding, removing and re-enabling creators and making projects over real HTTP: foreign ids change nothing (C18,
 * C19), cursors neither skip nor repeat rows that share a created_at (C21), and bodies bind only what they may (C22).
 */
@LimitsTestContext
class CreatorRosterApiTest {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired TenantStore tenants;
    @Autowired CreatorStore creators;

    private LimitsHttp api;
    private long organisation;
    private long project;
    private long foreignProject;

    @BeforeEach
    void organisations() {
        jdbc.execute("TRUNCATE organisations, users CASCADE");
        CLOCK.set(Instant.parse("2026-11-10T12:00:00Z"));
        api = LimitsHttp.owner(context, port, "roster", "ultra");
        organisation = tenants.organisation("roster").orElseThrow();
        project = tenants.ensureProject(organisation, "main", "Main");
        foreignProject = tenants.ensureProject(tenants.ensureOrganisation("elsewhere", "Elsewhere"), "main", "Main");
    }

    private HttpResponse<String> add(String body) {
        return api.send("POST", "/api/v1/creators", body);
    }

    private long creatorCount() {
        return jdbc.queryForObject("SELECT count(*) FROM creators WHERE organisation_id = ?", Long.class, organisation);
    }

    @Test
    void bulkRemovalThatMixesInAnotherOrganisationsIdsChangesNothingAndNamesThem() {
        long mine = creators.register(project, "mine_1");
        long alsoMine = creators.register(project, "mine_2");
        long theirs = creators.register(foreignProject, "theirs");

        HttpResponse<String> refused = api.send("POST", "/api/v1/creators/bulk-remove", "{\"ids\": [" + mine + ", " + theirs + ", 999999, "
                + alsoMine + "]}");

        JsonNode problem = LimitsHttp.problem(refused, 404);
        assertThat(problem.get("refused_ids").valueStream().map(JsonNode::asLong).toList()).containsExactly(theirs, 999999L);
        assertThat(jdbc.queryForList("SELECT status FROM creators ORDER BY id", String.class)).containsOnly("ACTIVE");
        assertThat(LimitsHttp.problem(api.send("POST", "/api/v1/creators/bulk-re-enable", "{\"ids\": [" + theirs + "]}"), 404)
                .get("refused_ids").get(0).asLong()).isEqualTo(theirs);
    }

    @Test
    void aRemovedCreatorIsNotTrackedNorCountedButKeepsItsHistoryAndComesBackWhenAddedAgain() {
        long gone = creators.register(project, "gone_one");
        long stays = creators.register(project, "stays");

        HttpResponse<String> removed = api.send("POST", "/api/v1/creators/bulk-remove", "{\"ids\": [" + gone + "]}");
        HttpResponse<String> reEnable = api.send("POST", "/api/v1/creators/" + gone + "/re-enable", null);
        HttpResponse<String> bulkReEnable = api.send("POST", "/api/v1/creators/bulk-re-enable", "{\"ids\": [" + gone + "]}");

        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        assertThat(jdbc.queryForMap("SELECT status, disabled_reason FROM creators WHERE id = ?", gone))
                .containsEntry("status", "DISABLED").containsEntry("disabled_reason", "REMOVED");
        assertThat(limit(LimitsHttp.json(api.send("GET", "/api/v1/organisation/usage", null)), "creators").get("used").asLong()).isEqualTo(1);
        assertThat(reEnable.statusCode()).as(reEnable.body()).isEqualTo(409);
        assertThat(LimitsHttp.problem(bulkReEnable, 409).get("refused_ids").get(0).asLong()).isEqualTo(gone);
        assertThat(api.send("DELETE", "/api/v1/creators/" + stays, null).statusCode()).isEqualTo(204);

        HttpResponse<String> back = add("{\"project_id\": " + project + ", \"handle\": \"@Gone_One\"}");

        assertThat(back.statusCode()).as(back.body()).isEqualTo(201);
        assertThat(LimitsHttp.json(back).get("id").asLong()).isEqualTo(gone);
        assertThat(LimitsHttp.json(back).get("outcome").asString()).isEqualTo("restored");
        assertThat(jdbc.queryForList("SELECT kind FROM creator_events WHERE creator_id = ? ORDER BY id", String.class, gone))
                .containsExactly("STATUS_CHANGED", "REACTIVATED");
    }

    @Test
    void addingAHandleTheProjectTracksChangesNothingAndTakesNoSlot() {
        jdbc.update("UPDATE organisations SET plan = 'free' WHERE id = ?", organisation);
        for (int i = 0; i < 9; i++) {
            creators.register(project, "filler_" + i);
        }
        HttpResponse<String> first = add("{\"project_id\": " + project + ", \"handle\": \"null\"}");

        HttpResponse<String> again = add("{\"project_id\": " + project + ", \"handles\": [\"NULL\", \"filler_0\"]}");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(LimitsHttp.json(again).get("creators").valueStream().map(c -> c.get("outcome").asString()).toList())
                .containsExactly("existing", "existing");
        assertThat(creatorCount()).isEqualTo(10);
    }

    @Test
    void oneWrongHandleInABulkRefusesTheWholeBulkAndFiftyOneHandlesAreTooMany() {
        HttpResponse<String> wrong = add("{\"project_id\": " + project + ", \"handles\": [\"fine_one\", \"not a handle!\", \"https://www.tiktok.com/@linked\"]}");
        String fiftyOne = IntStream.range(0, 51).mapToObj(i -> "\"h" + i + "\"").collect(Collectors.joining(", "));
        HttpResponse<String> tooMany = add("{\"project_id\": " + project + ", \"handles\": [" + fiftyOne + "]}");

        assertThat(LimitsHttp.problem(wrong, 400).get("errors").get(0).get("field").asString()).isEqualTo("handles[1]");
        assertThat(LimitsHttp.problem(tooMany, 400).get("errors").get(0).get("field").asString()).isEqualTo("handles");
        assertThat(creatorCount()).isZero();
    }

    @Test
    void anotherOrganisationsProjectAnswersLikeAnUnknownOne() {
        long unknown = foreignProject + 1000;

        JsonNode foreign = LimitsHttp.problem(add("{\"project_id\": " + foreignProject + ", \"handle\": \"sneaky\"}"), 404);
        JsonNode missing = LimitsHttp.problem(add("{\"project_id\": " + unknown + ", \"handle\": \"sneaky\"}"), 404);

        assertThat(foreign.get("detail").asString()).isEqualTo("no project " + foreignProject);
        assertThat(missing.get("detail").asString()).isEqualTo("no project " + unknown);
        assertThat(foreign.propertyNames()).containsExactlyInAnyOrderElementsOf(missing.propertyNames());
        assertThat(LimitsHttp.problem(api.send("GET", "/api/v1/projects/" + foreignProject, null), 404).get("detail").asString())
                .isEqualTo("no project " + foreignProject);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM creators", Long.class)).isZero();
    }

    @Test
    void aBodyThatCarriesIdOrganisationRoleOrScopesIsA400NamingTheFieldAndWritesNothing() {
        for (String field : new String[] {"id", "organisation_id", "role", "scopes"}) {
            HttpResponse<String> creator = add("{\"project_id\": " + project + ", \"handle\": \"mass\", \"" + field + "\": 1}");
            HttpResponse<String> made = api.send("POST", "/api/v1/projects", "{\"name\": \"Mass\", \"" + field + "\": 1}");
            HttpResponse<String> patched = api.send("PATCH", "/api/v1/projects/" + project, "{\"name\": \"Mass\", \"" + field + "\": 1}");

            for (HttpResponse<String> refused : List.of(creator, made, patched)) {
                assertThat(LimitsHttp.problem(refused, 400).get("errors").get(0).get("field").asString()).isEqualTo(field);
            }
        }
        assertThat(creatorCount()).isZero();
        assertThat(jdbc.queryForList("SELECT name FROM projects WHERE organisation_id = ?", String.class, organisation)).containsExactly("Main");
    }

    @Test
    void pagingThrough120CreatorsAddedInThreeBulksReturnsEachExactlyOnce() {
        for (int bulk = 0; bulk < 3; bulk++) {
            int from = bulk * 40;
            String handles = IntStream.range(from, from + 40).mapToObj(i -> "\"paged_" + i + "\"").collect(Collectors.joining(", "));
            assertThat(add("{\"project_id\": " + project + ", \"handles\": [" + handles + "]}").statusCode()).isEqualTo(201);
        }
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT created_at) FROM creators WHERE organisation_id = ?", Long.class, organisation))
                .isEqualTo(3);

        List<Long> seen = pages("/api/v1/creators", 7);

        assertThat(seen).hasSize(120).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(jdbc.queryForList("SELECT id FROM creators WHERE organisation_id = ?", Long.class, organisation));
    }

    @Test
    void projectsMadeAtTheSameInstantArePagedEachExactlyOnceAndTheFreePlanAllowsOne() {
        for (int i = 0; i < 14; i++) {
            HttpResponse<String> made = api.send("POST", "/api/v1/projects", "{\"name\": \"Campaign " + i + "\", \"time_zone\": \"Europe/Berlin\"}");
            assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
            assertThat(made.headers().firstValue("Location")).hasValue("/api/v1/projects/" + LimitsHttp.json(made).get("id").asLong());
        }
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT created_at) FROM projects WHERE organisation_id = ?", Long.class, organisation))
                .isEqualTo(2);

        List<Long> seen = pages("/api/v1/projects", 4);

        assertThat(seen).hasSize(15).doesNotHaveDuplicates();
        String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("+999999999-12-31T00:00:00Z|1".getBytes());
        assertThat(LimitsHttp.problem(api.send("GET", "/api/v1/projects?cursor=" + forged, null), 400).get("detail").asString())
                .startsWith("cursor is not one this list gave out");
        jdbc.update("UPDATE organisations SET plan = 'free' WHERE id = ?", organisation);
        JsonNode refused = LimitsHttp.problem(api.send("POST", "/api/v1/projects", "{\"name\": \"One too many\"}"), 402);
        assertThat(refused.get("limit").asString()).isEqualTo("projects");
        assertThat(refused.get("limit_value").asLong()).isEqualTo(1);
    }

    private List<Long> pages(String path, int limit) {
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        do {
            HttpResponse<String> page = api.send("GET", path + "?limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor), null);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            JsonNode json = LimitsHttp.json(page);
            json.get("items").forEach(item -> seen.add(item.get("id").asLong()));
            cursor = json.get("next").isNull() ? null : json.get("next").asString();
        } while (cursor != null);
        return seen;
    }
}
