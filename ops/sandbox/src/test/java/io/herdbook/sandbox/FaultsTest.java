package io.herdbook.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Injected faults: their text forms, their targets, and how they answer over HTTP. */
class FaultsTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryTextFormAndWritesItBack() {
        for (String text : new String[] {"blocked:akamai-403", "timeout", "status:503", "shell", "private", "slow:250",
                "partial", "zero-stats", "deleted", "deleted:10202", "hidden", "stuck-cursor", "rounded"}) {
            assertThat(Fault.parse(text).toString()).isEqualTo(text);
        }
        assertThat(Fault.parse("deleted:10221")).isEqualTo(Fault.parse("deleted")).isEqualTo(new Fault.Deleted(10221));
        assertThatThrownBy(() -> Fault.parse("deleted:10222")).hasMessageContaining("10221 or 10202");
        assertThatThrownBy(() -> Fault.parse("deleted:x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.parse("status:abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.parse("slow:-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.parse("explode")).hasMessageContaining("unknown fault");
    }

    @Test
    void anExactPathWinsOverItsHandleAndAHandleCoversAllItsPaths() {
        Faults faults = new Faults(Set.of("login"));
        faults.set("@x", new Fault.Status(503));
        faults.set("/@x/video/1?lang=en", new Fault.Shell());

        assertThat(faults.find("/@x/video/1", "x")).containsInstanceOf(Fault.Shell.class);
        assertThat(faults.find("/@x/video/2", "x")).contains(new Fault.Status(503));
        assertThat(faults.find("/@y", "y")).isEmpty();
        assertThatThrownBy(() -> faults.set("/@x", new Fault.Blocked("captcha"))).hasMessageContaining("login");
    }

    @Test
    void isControlledOverHttp() {
        try (Sandbox sandbox = generatedSandbox(SandboxSettings.defaults())) {
            SandboxClient client = new SandboxClient(sandbox);

            HttpResponse<byte[]> set = client.method("POST", "/__sandbox/faults?path=" + SandboxClient.urlEncode("/@lena.bakes") + "&fault=blocked:akamai-403");
            HttpResponse<byte[]> bad = client.method("POST", "/__sandbox/faults?path=/@x&fault=nonsense");
            JsonNode listed = Json.MAPPER.readTree(client.text("/__sandbox/faults"));

            assertThat(set.statusCode()).isEqualTo(200);
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(listed.get("/@lena.bakes").asString()).isEqualTo("blocked:akamai-403");
            assertThat(client.method("POST", "/__sandbox/faults?path=milo.trails&fault=deleted:10202").statusCode()).isEqualTo(200);
            assertThat(client.parse("/@milo.trails")).isEqualTo(new ParsedPage.NoData(Outcome.NOT_FOUND, "statusCode 10202 user does not exist"));
            assertThat(client.get("/@lena.bakes").statusCode()).isEqualTo(403);

            client.method("DELETE", "/__sandbox/faults");

            assertThat(sandbox.faults().snapshot()).isEmpty();
            assertThat(client.get("/@lena.bakes").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aScenarioFileIsAppliedAtStartAndABadLineFailsTheStart() throws IOException {
        Path scenario = Files.writeString(dir.resolve("scenario.txt"), """
                # lena is blocked everywhere, one of milo's calls is slow to fail
                @lena.bakes      blocked:451
                /@milo.trails    status:503
                @ivy.sketches    hidden
                /api/post/item_list  stuck-cursor
                """);
        Path broken = Files.writeString(dir.resolve("broken.txt"), "/@x blocked:451 extra\n");

        try (Sandbox sandbox = generatedSandbox(SandboxSettings.defaults().withScenario(scenario))) {
            SandboxClient client = new SandboxClient(sandbox);
            assertThat(client.get("/@lena.bakes").statusCode()).isEqualTo(451);
            assertThat(client.get("/@milo.trails").statusCode()).isEqualTo(503);
            assertThat(client.get("/@ivy.sketches").statusCode()).isEqualTo(200);
            assertThat(sandbox.faults().snapshot()).containsEntry("@ivy.sketches", new Fault.Hidden())
                    .containsEntry("/api/post/item_list", new Fault.StuckCursor());
        }
        assertThatThrownBy(() -> generatedSandbox(SandboxSettings.defaults().withScenario(broken)))
                .hasMessageContaining("line 1");
    }

    @Test
    void theShellIsAboutOneAndAHalfKilobytesWithAScriptAndNoDataScript() {
        try (Sandbox sandbox = generatedSandbox(SandboxSettings.defaults())) {
            SandboxClient client = new SandboxClient(sandbox);
            sandbox.faults().set("lena.bakes", new Fault.Shell());

            HttpResponse<byte[]> shell = client.get("/@lena.bakes");
            String body = new String(shell.body());

            assertThat(shell.statusCode()).isEqualTo(200);
            assertThat(shell.body().length).isBetween(1_000, 2_000);
            assertThat(body).contains("<script").doesNotContain("__UNIVERSAL_DATA_FOR_REHYDRATION__", "SIGI_STATE", "__NEXT_DATA__");
            assertThat(client.parse(shell).outcome()).as("a challenge shell is blocked (C5)").isEqualTo(Outcome.BLOCKED);
        }
    }

    @Test
    void aTimeoutHoldsTheRequestPastTheClientsTimeoutAndEndsWhenTheSandboxCloses() throws Exception {
        Sandbox sandbox = generatedSandbox(SandboxSettings.defaults().withTimeoutHold(Duration.ofSeconds(20)));
        sandbox.faults().set("/@lena.bakes", new Fault.Timeout());
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/@lena.bakes")).timeout(Duration.ofMillis(300)).build();

        long start = System.nanoTime();
        assertThatThrownBy(() -> HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(new SandboxClient(sandbox).get("/@milo.trails").statusCode()).as("others still served").isEqualTo(200);
        sandbox.close();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void statusFaultsAreFailuresToTheParser() {
        try (Sandbox sandbox = generatedSandbox(SandboxSettings.defaults())) {
            sandbox.faults().set("/@lena.bakes", Fault.parse("status:503"));

            assertThat(new SandboxClient(sandbox).parse("/@lena.bakes").outcome()).isEqualTo(Outcome.FAILED);
        }
    }

    private Sandbox generatedSandbox(SandboxSettings settings) {
        return Sandbox.start(settings.withPages(dir.resolve("none")));
    }
}
