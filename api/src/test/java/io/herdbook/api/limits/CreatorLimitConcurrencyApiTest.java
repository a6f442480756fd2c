package io.herdbook.api.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.tracking.TenantStore;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * C17 over real HTTP: additions released together by a latch, each on its own thread and connection, against a
 * limit of 10 creators. Count-then-insert would admit more; the organisation's lock admits exactly the figure.
 */
@LimitsTestContext
class CreatorLimitConcurrencyApiTest {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired TenantStore tenants;

    private LimitsHttp api;
    private long organisation;
    private long project;

    @BeforeEach
    void organisation() {
        jdbc.execute("TRUNCATE organisations, users CASCADE");
        api = LimitsHttp.owner(context, port, "racing", "free");
        organisation = tenants.organisation("racing").orElseThrow();
        project = tenants.ensureProject(organisation, "main", "Main");
        assertThat(Plan.FREE.figure(LimitName.CREATORS)).isEqualTo(10);
    }

    @Test
    void fiftyParallelAdditionsAgainstALimitOfTenAdmitExactlyTen() {
        List<HttpResponse<String>> answers = together(50, i -> "{\"project_id\": " + project + ", \"handle\": \"racer_" + i + "\"}");

        assertThat(answers).filteredOn(a -> a.statusCode() == 201).hasSize(10);
        List<HttpResponse<String>> refused = answers.stream().filter(a -> a.statusCode() != 201).toList();
        assertThat(refused).hasSize(40).allSatisfy(a -> {
            assertThat(LimitsHttp.problem(a, 402).get("limit").asString()).isEqualTo("creators");
            assertThat(LimitsHttp.json(a).get("limit_value").asLong()).isEqualTo(10);
        });
        assertThat(jdbc.queryForObject("SELECT count(*) FROM creators WHERE organisation_id = ?", Long.class, organisation)).isEqualTo(10);
    }

    @Test
    void parallelBulkAdditionsAreAdmittedWholeOrNotAtAll() {
        List<HttpResponse<String>> answers = together(5, i -> "{\"project_id\": " + project + ", \"handles\": [" + String.join(", ",
                List.of("\"b" + i + "_1\"", "\"b" + i + "_2\"", "\"b" + i + "_3\"", "\"b" + i + "_4\"")) + "]}");

        assertThat(answers).filteredOn(a -> a.statusCode() == 201).hasSize(2)
                .allSatisfy(a -> assertThat(LimitsHttp.json(a).get("creators")).hasSize(4));
        assertThat(answers).filteredOn(a -> a.statusCode() == 402).hasSize(3);
        List<String> handles = jdbc.queryForList("SELECT handle FROM creators WHERE organisation_id = ?", String.class, organisation);
        assertThat(handles).hasSize(8);
        // Whole bulks only: every bulk's prefix appears 0 or 4 times.
        assertThat(handles.stream().collect(java.util.stream.Collectors.groupingBy(h -> h.substring(0, h.indexOf('_')),
                java.util.stream.Collectors.counting())).values()).containsOnly(4L);
    }

    private List<HttpResponse<String>> together(int n, IntFunction<String> body) {
        return LimitsHttp.together(n, i -> api.send("POST", "/api/v1/creators", body.apply(i)));
    }
}
