package io.herdbook.api.limits;

import static io.herdbook.api.limits.LimitsTestContext.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.tracking.CreatorStore;
import io.herdbook.jobs.tracking.TenantStore;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The per-day rates over real HTTP: requests and manual refreshes are counted per UTC day of the application's
 * clock, refused with a 429 naming the limit once the figure is reached, and admitted again the next UTC day.
 */
@LimitsTestContext
class DailyLimitsApiTest {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired TenantStore tenants;
    @Autowired CreatorStore creators;
    @Autowired StorageProvider jobs;

    private LimitsHttp api;
    private LimitsHttp platform;
    private long organisation;

    @BeforeEach
    void organisation() {
        jdbc.execute("TRUNCATE organisations, users CASCADE");
        CLOCK.set(Instant.parse("2026-11-10T12:00:00Z"));
        api = LimitsHttp.owner(context, port, "daily", "free");
        platform = LimitsHttp.platform(context, port);
        organisation = tenants.organisation("daily").orElseThrow();
    }

    private void override(String limit, long value) {
        assertThat(platform.send("PUT", "/api/v1/admin/organisations/" + organisation + "/limits/" + limit, "{\"value\": " + value + "}")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void theRequestAfterTheDaysFigureIsA429UntilTheNextUtcDay() {
        override("api_requests_per_day", 5);
        for (int i = 0; i < 5; i++) {
            assertThat(api.send("GET", "/api/v1/organisation/usage", null).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> sixth = api.send("GET", "/api/v1/projects", null);

        JsonNode problem = LimitsHttp.problem(sixth, 429);
        assertThat(problem.get("limit").asString()).isEqualTo("api_requests_per_day");
        assertThat(problem.get("limit_value").asLong()).isEqualTo(5);
        assertThat(sixth.headers().firstValue("Retry-After")).hasValue("43200");
        CLOCK.set(Instant.parse("2026-11-10T23:59:59Z"));
        assertThat(api.send("GET", "/api/v1/projects", null).statusCode()).isEqualTo(429);

        CLOCK.set(Instant.parse("2026-11-11T00:00:00Z"));
        HttpResponse<String> nextDay = api.send("GET", "/api/v1/organisation/usage", null);

        assertThat(nextDay.statusCode()).as(nextDay.body()).isEqualTo(200);
        JsonNode requests = limit(LimitsHttp.json(nextDay), "api_requests_per_day");
        assertThat(requests.get("used").asLong()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT used FROM usage_counters WHERE organisation_id = ? AND day = '2026-11-10'", Long.class,
                organisation)).isEqualTo(5);
    }

    @Test
    void thirtyParallelRequestsAgainstTenADayAdmitExactlyTen() {
        override("api_requests_per_day", 10);

        List<HttpResponse<String>> answers = LimitsHttp.together(30, i -> api.send("GET", "/api/v1/projects", null));

        assertThat(answers).filteredOn(a -> a.statusCode() == 200).hasSize(10);
        assertThat(answers).filteredOn(a -> a.statusCode() == 429).hasSize(20);
        assertThat(jdbc.queryForObject("SELECT used FROM usage_counters WHERE organisation_id = ? AND counter = 'api_requests_per_day'",
                Long.class, organisation)).isEqualTo(10);
    }

    @Test
    void aManualRefreshQueuesAProfileFetchUntilTheDaysRefreshesAreUsedUp() {
        override("manual_refreshes_per_day", 2);
        long creator = creators.register(tenants.ensureProject(organisation, "main", "Main"), "fresh_one");
        long foreign = creators.register(tenants.ensureProject(tenants.ensureOrganisation("other", "Other"), "main", "Main"), "theirs");

        HttpResponse<String> first = api.send("POST", "/api/v1/creators/" + creator + "/refresh", null);
        CLOCK.set(Instant.parse("2026-11-10T12:00:01Z"));
        HttpResponse<String> second = api.send("POST", "/api/v1/creators/" + creator + "/refresh", "{}");
        HttpResponse<String> notOurs = api.send("POST", "/api/v1/creators/" + foreign + "/refresh", null);
        HttpResponse<String> third = api.send("POST", "/api/v1/creators/" + creator + "/refresh", null);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(202);
        for (HttpResponse<String> queued : new HttpResponse[] {first, second}) {
            assertThat(jobs.getJobById(UUID.fromString(LimitsHttp.json(queued).get("job_id").asString())).getJobName())
                    .isEqualTo("profile fetch of @fresh_one asked for by hand");
        }
        assertThat(LimitsHttp.problem(notOurs, 404).get("detail").asString()).isEqualTo("no creator " + foreign);
        JsonNode problem = LimitsHttp.problem(third, 429);
        assertThat(problem.get("limit").asString()).isEqualTo("manual_refreshes_per_day");
        assertThat(problem.get("limit_value").asLong()).isEqualTo(2);
        assertThat(third.headers().firstValue("Retry-After")).hasValue("43199");
        assertThat(jdbc.queryForObject("SELECT used FROM usage_counters WHERE organisation_id = ? AND counter = 'manual_refreshes_per_day'",
                Long.class, organisation)).isEqualTo(2);

        CLOCK.set(Instant.parse("2026-11-11T08:00:00Z"));
        assertThat(api.send("POST", "/api/v1/creators/" + creator + "/refresh", null).statusCode()).isEqualTo(202);
    }

    static JsonNode limit(JsonNode usage, String name) {
        for (JsonNode limit : usage.get("limits")) {
            if (limit.get("limit").asString().equals(name)) {
                return limit;
            }
        }
        throw new AssertionError("no limit " + name + " in " + usage);
    }
}
