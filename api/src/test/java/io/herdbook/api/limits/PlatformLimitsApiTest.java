package io.herdbook.api.limits;

import static io.herdbook.api.limits.DailyLimitsApiTest.limit;
import static io.herdbook.api.limits.LimitsTestContext.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.tracking.TenantStore;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import io.herdbook.api.access.RequiresScope;
import io.herdbook.api.access.Scope;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Set;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Plans and overrides are a platform operator's: an organisation's own admin is refused, and a change is enforced at once. */
@LimitsTestContext
class PlatformLimitsApiTest {

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired TenantStore tenants;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    private LimitsHttp owner;
    private LimitsHttp platform;
    private long organisation;
    private long ownerUser;
    private long project;

    @BeforeEach
    void organisation() {
        jdbc.execute("TRUNCATE organisations, users CASCADE");
        CLOCK.set(Instant.parse("2026-11-10T12:00:00Z"));
        owner = LimitsHttp.owner(context, port, "customer", "free");
        platform = LimitsHttp.platform(context, port);
        organisation = tenants.organisation("customer").orElseThrow();
        ownerUser = jdbc.queryForObject("SELECT id FROM users WHERE email = 'customer@herdbook.test'", Long.class);
        project = tenants.ensureProject(organisation, "main", "Main");
    }

    @Test
    void anOrganisationsOwnAdminMayNotChangeItsPlanOrLimits() {
        String admin = "/api/v1/admin/organisations/" + organisation;

        for (HttpResponse<String> refused : new HttpResponse[] {
                owner.send("PUT", admin + "/plan", "{\"plan\": \"ultra\"}"),
                owner.send("PUT", admin + "/limits/creators", "{\"value\": 1000}"),
                owner.send("DELETE", admin + "/limits/creators", null),
                owner.send("PUT", "/api/v1/admin/users/" + ownerUser + "/limits/organisations_per_user", "{\"value\": 9}")}) {
            assertThat(LimitsHttp.problem(refused, 403).get("required_scope").asString()).isEqualTo("platform");
        }
        assertThat(jdbc.queryForObject("SELECT plan FROM organisations WHERE id = ?", String.class, organisation)).isEqualTo("free");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM limit_overrides", Long.class)).isZero();
    }

    @Test
    void aPlanChangeOrAnOverrideChangesTheFigureThatIsEnforced() {
        for (int i = 0; i < 10; i++) {
            assertThat(add("kept_" + i).statusCode()).isEqualTo(201);
        }
        assertThat(LimitsHttp.problem(add("eleventh"), 402).get("limit_value").asLong()).isEqualTo(10);

        HttpResponse<String> planned = platform.send("PUT", "/api/v1/admin/organisations/" + organisation + "/plan", "{\"plan\": \"starter\"}");

        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(200);
        assertThat(add("eleventh").statusCode()).isEqualTo(201);
        assertThat(figure("creators")).isEqualTo(100);

        assertThat(platform.send("PUT", "/api/v1/admin/organisations/" + organisation + "/limits/creators", "{\"value\": 11}").statusCode())
                .isEqualTo(200);
        assertThat(LimitsHttp.problem(add("twelfth"), 402).get("limit_value").asLong()).isEqualTo(11);
        assertThat(figure("creators")).isEqualTo(11);

        assertThat(platform.send("DELETE", "/api/v1/admin/organisations/" + organisation + "/limits/creators", null).statusCode()).isEqualTo(200);
        assertThat(figure("creators")).isEqualTo(100);
        assertThat(add("twelfth").statusCode()).isEqualTo(201);
    }

    @Test
    void aPersonsOverrideSetsHowManyOrganisationsTheyMayBelongTo() {
        assertThat(figure("organisations_per_user")).isEqualTo(1);

        HttpResponse<String> set = platform.send("PUT", "/api/v1/admin/users/" + ownerUser + "/limits/organisations_per_user", "{\"value\": 4}");

        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(figure("organisations_per_user")).isEqualTo(4);
        assertThat(LimitsHttp.problem(platform.send("PUT", "/api/v1/admin/organisations/" + organisation + "/limits/organisations_per_user",
                "{\"value\": 4}"), 400).toString()).contains("set per person");
    }

    @Test
    void aPlanBodyWithAFieldItDoesNotTakeIsA400NamingItAndChangesNothing() {
        for (String field : new String[] {"organisation_id", "id", "role", "scopes"}) {
            HttpResponse<String> refused = platform.send("PUT", "/api/v1/admin/organisations/" + organisation + "/plan",
                    "{\"plan\": \"ultra\", \"" + field + "\": 1}");

            assertThat(LimitsHttp.problem(refused, 400).get("errors").get(0).get("field").asString()).isEqualTo(field);
        }
        assertThat(jdbc.queryForObject("SELECT plan FROM organisations WHERE id = ?", String.class, organisation)).isEqualTo("free");
    }

    @Test
    void everyLimitAndRosterHandlerDeclaresItsScopeAndTheDocumentSaysIt() {
        Set<String> controllers = Set.of("PlatformLimitsController", "UsageController", "ProjectsController", "CreatorRosterController");
        List<HandlerMethod> handlers = mappings.getHandlerMethods().values().stream()
                .filter(handler -> controllers.contains(handler.getBeanType().getSimpleName())).toList();

        assertThat(handlers).hasSize(14).allSatisfy(handler -> {
            RequiresScope scope = handler.getMethodAnnotation(RequiresScope.class);
            Operation operation = handler.getMethodAnnotation(Operation.class);
            assertThat(scope).as(handler.toString()).isNotNull();
            assertThat(operation.description()).as(handler.toString()).containsPattern("(Read|Write|Admin) scope");
            assertThat(scope.value() == Scope.PLATFORM).as(handler.toString())
                    .isEqualTo(handler.getBeanType().getSimpleName().equals("PlatformLimitsController"));
        });
    }

    private HttpResponse<String> add(String handle) {
        return owner.send("POST", "/api/v1/creators", "{\"project_id\": " + project + ", \"handle\": \"" + handle + "\"}");
    }

    private long figure(String name) {
        return limit(LimitsHttp.json(owner.send("GET", "/api/v1/organisation/usage", null)), name).get("value").asLong();
    }
}
