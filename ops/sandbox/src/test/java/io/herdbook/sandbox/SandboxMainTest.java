package io.herdbook.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SandboxMainTest {

    @Test
    void defaultsToTheFolderBesideTheCheckoutAndAnEphemeralPort() {
        SandboxSettings settings = SandboxMain.parse(new String[0]);

        assertThat(settings.pages()).isEqualTo(Path.of("../shared/fixtures/tiktok-real"));
        assertThat(settings.port()).isZero();
        assertThat(settings.scenario()).isNull();
    }

    @Test
    void readsPagesPortAndScenario() {
        SandboxSettings settings = SandboxMain.parse(new String[] {"--pages", "/tmp/p", "--port", "8089", "--scenario", "s.txt"});

        assertThat(settings.pages()).isEqualTo(Path.of("/tmp/p"));
        assertThat(settings.port()).isEqualTo(8089);
        assertThat(settings.scenario()).isEqualTo(Path.of("s.txt"));
    }

    @Test
    void rejectsUnknownFlagsMissingValuesAndBadPorts() {
        assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--verbose", "x"})).hasMessageContaining("unknown option");
        assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--port"})).hasMessageContaining("missing value");
        assertThatThrownBy(() -> SandboxMain.parse(new String[] {"--port", "99999"})).hasMessageContaining("0..65535");
    }
}
