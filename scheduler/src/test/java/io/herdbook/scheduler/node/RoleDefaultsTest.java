package io.herdbook.scheduler.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** What {@code herdbook.roles} turns into, per mode, and that explicit settings win. */
class RoleDefaultsTest {

    private static StandardEnvironment environment(Map<String, Object> explicit) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("explicit", new HashMap<>(explicit)));
        new RoleDefaults(Supplier::get).postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    private static StandardEnvironment serving(String roles, Map<String, Object> more) {
        Map<String, Object> explicit = new HashMap<>(more);
        explicit.put(NodeMode.PROPERTY, "serve");
        explicit.put(NodeRoles.PROPERTY, roles);
        return environment(explicit);
    }

    @Test
    void aServingNodeWithAllRolesGetsWebQuartzWorkerAndAProtectedDashboard() {
        StandardEnvironment env = serving("api,scheduler,worker", Map.of(DashboardCredentials.PASSWORD, "s3cret"));

        assertThat(env.getProperty(RoleDefaults.WEB_TYPE)).isEqualTo("servlet");
        assertThat(env.getProperty(RoleDefaults.QUARTZ_AUTO_STARTUP)).isEqualTo("true");
        assertThat(env.getProperty(RoleDefaults.WORKER_ENABLED)).isEqualTo("true");
        assertThat(env.getProperty(RoleDefaults.WORKER_POLL_SECONDS)).isEqualTo("5");
        assertThat(env.getProperty(RoleDefaults.WORKER_TIMEOUT_MULTIPLICAND)).isEqualTo("4");
        assertThat(env.getProperty(RoleDefaults.DASHBOARD_ENABLED)).isEqualTo("true");
        assertThat(env.getProperty(RoleDefaults.DASHBOARD_PORT)).isEqualTo("8000");
        assertThat(env.getProperty(RoleDefaults.DASHBOARD_USERNAME)).isEqualTo("operator");
        assertThat(env.getProperty(RoleDefaults.DASHBOARD_PASSWORD)).isEqualTo("s3cret");
    }

    @Test
    void aWorkerOnlyNodeHasNoWebServerNoDashboardAndNoQuartzStart() {
        StandardEnvironment env = serving("worker", Map.of("herdbook.node.name", "worker-7"));

        assertThat(env.getProperty(RoleDefaults.WEB_TYPE)).isEqualTo("none");
        assertThat(env.getProperty(RoleDefaults.DASHBOARD_ENABLED)).isEqualTo("false");
        assertThat(env.getProperty(RoleDefaults.QUARTZ_AUTO_STARTUP)).isEqualTo("false");
        assertThat(env.getProperty(RoleDefaults.WORKER_ENABLED)).isEqualTo("true");
        assertThat(env.getProperty(RoleDefaults.WORKER_NAME)).isEqualTo("worker-7");
        assertThat(env.getProperty(RoleDefaults.DASHBOARD_PASSWORD)).isNull();
    }

    @Test
    void aSchedulerOnlyNodeStartsQuartzAndNoBackgroundServer() {
        StandardEnvironment env = serving("scheduler", Map.of());

        assertThat(env.getProperty(RoleDefaults.QUARTZ_AUTO_STARTUP)).isEqualTo("true");
        assertThat(env.getProperty(RoleDefaults.WORKER_ENABLED)).isEqualTo("false");
        assertThat(env.getProperty(RoleDefaults.WEB_TYPE)).isEqualTo("none");
    }

    @Test
    void explicitSettingsOfTheUnderlyingPropertiesWin() {
        StandardEnvironment env = serving("api", Map.of(RoleDefaults.QUARTZ_AUTO_STARTUP, "true",
                RoleDefaults.DASHBOARD_USERNAME, "admin", RoleDefaults.DASHBOARD_PASSWORD, "theirs",
                DashboardCredentials.PASSWORD, "ours", DashboardCredentials.PORT, "8123"));

        assertThat(env.getProperty(RoleDefaults.QUARTZ_AUTO_STARTUP)).isEqualTo("true");
        assertThat(env.getProperty(RoleDefaults.DASHBOARD_USERNAME)).isEqualTo("admin");
        assertThat(env.getProperty(RoleDefaults.DASHBOARD_PASSWORD)).isEqualTo("theirs");
        assertThat(env.getProperty(RoleDefaults.DASHBOARD_PORT)).isEqualTo("8123");
    }

    @Test
    void withoutAConfiguredPasswordTheDashboardGetsAGeneratedOne() {
        StandardEnvironment env = serving("api", Map.of(DashboardCredentials.USERNAME, "ops"));

        assertThat(env.getProperty(RoleDefaults.DASHBOARD_USERNAME)).isEqualTo("ops");
        assertThat(env.getProperty(RoleDefaults.DASHBOARD_PASSWORD)).matches("[A-Za-z0-9_-]{24}");
        assertThat(serving("api", Map.of()).getProperty(RoleDefaults.DASHBOARD_PASSWORD))
                .isNotEqualTo(env.getProperty(RoleDefaults.DASHBOARD_PASSWORD));
    }

    @Test
    void aDashboardEnabledByHandGetsCredentialsToo() {
        StandardEnvironment env = environment(Map.of(RoleDefaults.DASHBOARD_ENABLED, "true"));

        assertThat(env.getProperty(RoleDefaults.DASHBOARD_USERNAME)).isEqualTo("operator");
        assertThat(env.getProperty(RoleDefaults.DASHBOARD_PASSWORD)).isNotBlank();
    }

    @Test
    void aBlankPasswordIsRefusedRatherThanServingAnOpenDashboard() {
        assertThatThrownBy(() -> serving("api", Map.of(RoleDefaults.DASHBOARD_PASSWORD, "")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("never runs without credentials");
    }

    @Test
    void aOneShotCommandStartsNoQuartzNoWorkerAndNoDashboard() {
        StandardEnvironment env = environment(Map.of(NodeMode.PROPERTY, "one-shot"));

        assertThat(env.getProperty(RoleDefaults.QUARTZ_AUTO_STARTUP)).isEqualTo("false");
        assertThat(env.getProperty(RoleDefaults.WORKER_ENABLED)).isEqualTo("false");
        assertThat(env.getProperty(RoleDefaults.DASHBOARD_ENABLED)).isEqualTo("false");
        assertThat(env.getProperty(RoleDefaults.WEB_TYPE)).isNull();
    }

    @Test
    void withoutAModeTheContextJoinsNeitherTheClockNorTheQueue() {
        StandardEnvironment env = environment(Map.of());

        assertThat(env.getProperty(RoleDefaults.QUARTZ_AUTO_STARTUP)).isEqualTo("false");
        assertThat(env.getProperty(RoleDefaults.WORKER_ENABLED)).isEqualTo("false");
        assertThat(env.getProperty(RoleDefaults.DASHBOARD_ENABLED)).isEqualTo("false");
    }

    @Test
    void withoutAModeExplicitSettingsStillStartQuartzAndAWorker() {
        StandardEnvironment env = environment(Map.of(RoleDefaults.QUARTZ_AUTO_STARTUP, "true", RoleDefaults.WORKER_ENABLED, "true"));

        assertThat(env.getProperty(RoleDefaults.QUARTZ_AUTO_STARTUP)).isEqualTo("true");
        assertThat(env.getProperty(RoleDefaults.WORKER_ENABLED)).isEqualTo("true");
    }

    @Test
    void anUnknownRoleFailsStartUpNamingTheValidOnes() {
        assertThatThrownBy(() -> serving("api,wrker", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown node role 'wrker' in herdbook.roles=api,wrker; valid roles: api, scheduler, worker");
    }
}
