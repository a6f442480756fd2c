package io.herdbook.api.pipeline;

import io.herdbook.jobs.testing.CapturedPages;
import io.herdbook.sandbox.CaptureLibrary;
import io.herdbook.sandbox.Sandbox;
import io.herdbook.sandbox.SandboxSettings;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Starts a sandbox on loopback for a Spring test and points the application's platform base URL at it. */
public final class TestSandbox {

    private TestSandbox() {
    }

    /** The sandbox serving the real captures (the test is skipped, with the reason, where they are absent). */
    public static Sandbox ofCaptures(DynamicPropertyRegistry registry) {
        return start(SandboxSettings.defaults().withPages(CapturedPages.dir()), registry);
    }

    /** The sandbox serving its own generated pages: deterministic, and present on every machine. */
    public static Sandbox ofGeneratedPages(DynamicPropertyRegistry registry) {
        return start(SandboxSettings.defaults().withPages(Path.of("no-captures-in-this-folder")), registry);
    }

    /** A sandbox serving {@code library} (a test's own, with generated creators, say) on an ephemeral port. */
    public static Sandbox start(CaptureLibrary library, DynamicPropertyRegistry registry) {
        return pointedAt(Sandbox.start(SandboxSettings.defaults().withPort(0), library), registry);
    }

    /** A sandbox with these settings (on an ephemeral port). */
    public static Sandbox start(SandboxSettings settings, DynamicPropertyRegistry registry) {
        return pointedAt(Sandbox.start(settings.withPort(0)), registry);
    }

    /**
     * Points the application at {@code sandbox}. Pipeline scenarios run stats-refresh at slots seconds apart and
     * expect every tracked post fetched in each, so the refresh cadence is one rung of 1 s per kind here: every post
     * is due at every slot a second or more after its last attempt. The cadence itself is tested on its own
     * ({@code RefreshCadenceFunctionalTest} in the jobs module).
     */
    public static Sandbox pointedAt(Sandbox sandbox, DynamicPropertyRegistry registry) {
        registry.add("herdbook.platform.base-url", sandbox::baseUrl);
        registry.add("herdbook.refresh.cadence.video[0].interval", () -> "1s");
        registry.add("herdbook.refresh.cadence.photo[0].interval", () -> "1s");
        return sandbox;
    }
}
