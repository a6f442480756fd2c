package io.herdbook.api.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herdbook.jobs.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jobrunr.server.BackgroundJobServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quartz.Scheduler;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code herdbook serve} as a node with its roles, over real HTTP on loopback: the JobRunr dashboard is
 * never open, and each role starts only its own engine; a one-shot command starts none of them.
 */
@ExtendWith(OutputCaptureExtension.class)
class ServeNodeFunctionalTest {

    private static final TestDatabase.Connection DB = TestDatabase.database("serve_nodes");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static List<String> settings(String... more) {
        List<String> all = new ArrayList<>(List.of("--spring.datasource.url=" + DB.url(), "--spring.datasource.username=" + DB.username(),
                "--spring.datasource.password=" + DB.password(), "--server.port=0"));
        all.addAll(List.of(more));
        return all;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> get(int port, String path, String username, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (username != null) {
            String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean workerRuns(ConfigurableApplicationContext context) throws InterruptedException {
        BackgroundJobServer server = context.getBeanProvider(BackgroundJobServer.class).getIfAvailable();
        // The server starts on its own thread; wait for it (bounded) rather than assert on timing.
        for (int i = 0; server != null && !server.isRunning() && i < 100; i++) {
            Thread.sleep(100);
        }
        return server != null && server.isRunning();
    }

    @Test
    void anApiNodesDashboardRefusesAnonymousAndWrongCredentialsAndAnswersTheRightOnes() throws Exception {
        int dashboard = freePort();
        try (ConfigurableApplicationContext node = Node.serve(settings("--herdbook.roles=api",
                "--herdbook.dashboard.port=" + dashboard, "--herdbook.dashboard.password=right-pass"))) {
            HttpResponse<String> anonymous = get(dashboard, "/api/servers", null, null);
            HttpResponse<String> wrong = get(dashboard, "/api/servers", "operator", "wrong-pass");
            HttpResponse<String> right = get(dashboard, "/api/servers", "operator", "right-pass");
            HttpResponse<String> page = get(dashboard, "/dashboard", "operator", "right-pass");
            HttpResponse<String> anonymousPage = get(dashboard, "/dashboard", null, null);

            assertThat(anonymous.statusCode()).isEqualTo(401);
            // JobRunr guards the dashboard with the JDK server's BasicAuthenticator, realm "JobRunr".
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"JobRunr\", charset=\"UTF-8\"");
            assertThat(wrong.headers().firstValue("WWW-Authenticate")).isPresent();
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(anonymousPage.statusCode()).isEqualTo(401);
            assertThat(right.statusCode()).isEqualTo(200);
            assertThat(right.body()).startsWith("[");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(node).isInstanceOf(WebServerApplicationContext.class);
            assertThat(node.getBean(Scheduler.class).isStarted()).isFalse();
            assertThat(workerRuns(node)).isFalse();
            assertThat(node.getEnvironment().getProperty("jobrunr.miscellaneous.allow-anonymous-data-usage")).isEqualTo("false");
        }
    }

    @Test
    void aNodeWithEveryRoleAndNoPasswordPrintsAGeneratedOneOnceAndRunsQuartzAndAWorker(CapturedOutput output) throws Exception {
        int dashboard = freePort();
        try (ConfigurableApplicationContext node = Node.serve(settings("--herdbook.dashboard.port=" + dashboard))) {
            String password = node.getEnvironment().getProperty("jobrunr.dashboard.password");

            assertThat(password).isNotBlank();
            assertThat(output.getAll()).containsOnlyOnce("Using generated JobRunr dashboard password: " + password);
            assertThat(get(dashboard, "/api/servers", "operator", password).statusCode()).isEqualTo(200);
            assertThat(get(dashboard, "/api/servers", null, null).statusCode()).isEqualTo(401);
            assertThat(node).isInstanceOf(WebServerApplicationContext.class);
            assertThat(node.getBean(Scheduler.class).isStarted()).isTrue();
            assertThat(workerRuns(node)).isTrue();
        }
    }

    @Test
    void aWorkerOnlyNodeServesNoHttpAndStartsNoQuartz() throws Exception {
        int dashboard = freePort();
        try (ConfigurableApplicationContext node = Node.serve(settings("--herdbook.roles=worker", "--herdbook.dashboard.port=" + dashboard))) {
            assertThat(node).isNotInstanceOf(WebServerApplicationContext.class);
            assertThatThrownBy(() -> get(dashboard, "/dashboard", null, null)).isInstanceOf(ConnectException.class);
            assertThat(node.getBean(Scheduler.class).isStarted()).isFalse();
            assertThat(workerRuns(node)).isTrue();
        }
    }

    @Test
    void aOneShotCommandStartsNoQuartzNoWorkerAndNoDashboardWhateverItsRoles() throws Exception {
        int dashboard = freePort();
        try (ConfigurableApplicationContext oneShot = Node.start(false, settings("--herdbook.roles=api,scheduler,worker",
                "--herdbook.dashboard.port=" + dashboard))) {
            assertThat(oneShot.getBean(Scheduler.class).isStarted()).isFalse();
            assertThat(workerRuns(oneShot)).isFalse();
            assertThatThrownBy(() -> get(dashboard, "/dashboard", null, null)).isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void anUnknownRoleInTheSettingsFailsStartUpNamingTheValidOnes() {
        assertThatThrownBy(() -> Node.start(false, settings("--herdbook.roles=api,wroker")))
                .satisfies(failure -> assertThat(Failures.reason(failure))
                        .contains("unknown node role 'wroker' in herdbook.roles=api,wroker; valid roles: api, scheduler, worker"));
    }

    @Test
    void serveRefusesAnUnknownRoleAsAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);

        int byOption = new Cli(System.out, errors).run("serve", "--roles", "api,bogus");
        int bySetting = new Cli(System.out, errors).run("serve", "--herdbook.roles=sheduler");
        int both = new Cli(System.out, errors).run("serve", "--roles", "api", "--herdbook.roles=worker");

        assertThat(byOption).isEqualTo(Cli.USAGE);
        assertThat(bySetting).isEqualTo(Cli.USAGE);
        assertThat(both).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("unknown node role 'bogus'").contains("unknown node role 'sheduler'")
                .contains("valid roles: api, scheduler, worker").contains("not both")
                .contains("Usage: herdbook serve [--roles api,scheduler,worker]");
    }
}
