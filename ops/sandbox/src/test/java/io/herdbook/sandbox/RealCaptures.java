package io.herdbook.sandbox;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The real capture folder, named by the system property {@code herdbook.fixtures} that surefire sets. */
final class RealCaptures {

    private RealCaptures() {
    }

    /** The folder when it is there. */
    static Optional<Path> find() {
        String property = System.getProperty("herdbook.fixtures");
        return property != null && Files.isDirectory(Path.of(property)) ? Optional.of(Path.of(property)) : Optional.empty();
    }

    /** The folder; skips the calling test, saying why, when it is not there (a user's fresh clone). */
    static Path folder() {
        Optional<Path> folder = find();
        assumeTrue(folder.isPresent(), () -> "real captures not available (herdbook.fixtures="
                + System.getProperty("herdbook.fixtures") + "); they live beside the checkout, never in it");
        return folder.get();
    }

    static byte[] bytes(String fileName) {
        try {
            return Files.readAllBytes(folder().resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
