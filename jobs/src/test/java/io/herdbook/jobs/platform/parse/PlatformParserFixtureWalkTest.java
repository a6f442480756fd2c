package io.herdbook.jobs.platform.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PlatformParserFixtureWalkTest {

    @Test
    void noFixtureFileIsUnreadableOrThrows() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Fixtures.dir())) {
            files = list.filter(p -> !p.getFileName().toString().equals("SOURCES.md")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(19);
        for (Path file : files) {
            ParsedPage page = Fixtures.parse(file.getFileName().toString());
            assertThat(page.outcome()).as(file.getFileName() + " " + page).isNotEqualTo(Outcome.UNREADABLE);
        }
    }
}
