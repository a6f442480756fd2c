package io.herdbook.api.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

    @Test
    void separatesSwitchesOptionsPositionalsAndSpringSettings() {
        Arguments parsed = Arguments.parse(List.of("--exit", "--pages", "dir", "frys_8", "--spring.datasource.url=jdbc:x", "--project=p"),
                Set.of("pages", "project"), Set.of("exit"));

        assertThat(parsed.has("exit")).isTrue();
        assertThat(parsed.option("pages")).contains("dir");
        assertThat(parsed.option("project")).contains("p");
        assertThat(parsed.positional()).containsExactly("frys_8");
        assertThat(parsed.properties()).containsExactly("--spring.datasource.url=jdbc:x");
    }

    @Test
    void anOptionFollowedByAnotherOptionHasNoValue() {
        assertThatThrownBy(() -> Arguments.parse(List.of("--pages", "--herdbook.database.embedded.data-dir=/tmp/x"), Set.of("pages"), Set.of()))
                .hasMessage("--pages needs a value");
    }

    @Test
    void anUndeclaredOptionOrASettingWithoutADotIsRefused() {
        assertThatThrownBy(() -> Arguments.parse(List.of("--bogus"), Set.of(), Set.of())).hasMessage("unknown option --bogus");
        assertThatThrownBy(() -> Arguments.parse(List.of("--bogus=1"), Set.of(), Set.of())).hasMessage("unknown option --bogus=1");
    }
}
