package io.herdbook.sandbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to start a {@link Sandbox}.
 *
 * @param pages       the capture folder; when it is missing or empty the sandbox generates its pages
 * @param port        the loopback port, 0 for an ephemeral one
 * @param scenario    a file of {@code target fault} lines applied at start, or null
 * @param timeoutHold how long a {@code timeout} fault holds a request open (it is released early when
 *                    the sandbox closes); longer than any client timeout, but bounded
 */
public record SandboxSettings(Path pages, int port, Path scenario, Duration timeoutHold) {

    /** The folder beside the checkout, as DESIGN "Captured pages" places it, relative to the working directory. */
    public static final Path DEFAULT_PAGES = Path.of("../shared/fixtures/tiktok-real");
    public static final Duration DEFAULT_TIMEOUT_HOLD = Duration.ofSeconds(30);

    public SandboxSettings {
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(timeoutHold, "timeoutHold");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        if (timeoutHold.isNegative() || timeoutHold.isZero()) {
            throw new IllegalArgumentException("timeoutHold must be positive, was " + timeoutHold);
        }
    }

    /** The default folder, an ephemeral port, no scenario, a 30 s hold. */
    public static SandboxSettings defaults() {
        return new SandboxSettings(DEFAULT_PAGES, 0, null, DEFAULT_TIMEOUT_HOLD);
    }

    public SandboxSettings withPages(Path dir) {
        return new SandboxSettings(dir, port, scenario, timeoutHold);
    }

    public SandboxSettings withPort(int number) {
        return new SandboxSettings(pages, number, scenario, timeoutHold);
    }

    public SandboxSettings withScenario(Path file) {
        return new SandboxSettings(pages, port, file, timeoutHold);
    }

    public SandboxSettings withTimeoutHold(Duration hold) {
        return new SandboxSettings(pages, port, scenario, hold);
    }
}
