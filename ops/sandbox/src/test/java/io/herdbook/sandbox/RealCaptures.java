package io.herdbook.sandbox;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real capture folder, named by the system property {@code herdbook.fixtures} that surefire sets. */
final class RealCaptures {

    private RealCaptures() {
    }

    /** The folder; skips the calling test, saying why, when it is not there (a user's fresh clone). */
    static Path folder() {
        String property = System.getProperty("herdbook.fixtures");
        assumeTrue(property != null && Files.isDirectory(Path.of(property)),
                () -> "real captures not available (herdbook.fixtures=" + property + "); they live beside the checkout, never in it");
        return Path.of(property);
    }

    static byte[] bytes(String fileName) {
        try {
            return Files.readAllBytes(folder().resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
