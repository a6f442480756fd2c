package io.herdbook.jobs.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real captures in {@code ../shared/fixtures/tiktok-real}, read in place and never copied into the
 * repository. The folder comes from the system property {@code herdbook.fixtures} (Surefire sets it),
 * else the path beside the checkout; a test that needs it reports itself skipped where it is absent.
 */
public final class CapturedPages {

    private CapturedPages() {
    }

    /** The captures folder; skips the calling test (with the reason) when it does not exist. */
    public static Path dir() {
        String property = System.getProperty("herdbook.fixtures");
        Path dir = property == null || property.isBlank() || property.contains("${")
                ? Path.of("..", "..", "shared", "fixtures", "tiktok-real")
                : Path.of(property);
        assumeTrue(Files.isDirectory(dir), "the real captures are absent at " + dir.toAbsolutePath() + "; set -Dherdbook.fixtures");
        return dir;
    }
}
