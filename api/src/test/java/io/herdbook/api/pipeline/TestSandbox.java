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
        Sandbox sandbox = Sandbox.start(SandboxSettings.defaults().withPort(0), library);
        registry.add("herdbook.platform.base-url", sandbox::baseUrl);
        return sandbox;
    }

    /** A sandbox with these settings (on an ephemeral port). */
    public static Sandbox start(SandboxSettings settings, DynamicPropertyRegistry registry) {
        Sandbox sandbox = Sandbox.start(settings.withPort(0));
        registry.add("herdbook.platform.base-url", sandbox::baseUrl);
        return sandbox;
    }
}
