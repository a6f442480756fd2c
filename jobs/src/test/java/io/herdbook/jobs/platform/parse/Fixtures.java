package io.herdbook.jobs.platform.parse;

import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.testing.CapturedPages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real captures in {@code shared/fixtures/tiktok-real}, read in place (never copied into the
 * repository). The folder comes from the system property {@code herdbook.fixtures}, else the path
 * relative to the module directory; tests skip themselves when it is absent.
 */
final class Fixtures {

    private static final PlatformParser PARSER = new PlatformParser();

    private Fixtures() {
    }

    static Path dir() {
        return CapturedPages.dir();
    }

    static String text(String name) {
        try {
            return Files.readString(dir().resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedPage parse(String name) {
        return PARSER.parseCapture(text(name));
    }
}
