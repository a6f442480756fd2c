package io.herdbook.api.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herdbook.reports.ReportsProperties;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** {@code herdbook.compliance.stale-after}: 24 h unless set, any positive duration when set, and a start-up failure otherwise. */
class ComplianceSettingsTest {

    private static ReportsProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("herdbook", ReportsProperties.class);
    }

    @Test
    void theStaleWindowIsTwentyFourHoursUnlessSet() {
        assertThat(bind(Map.of()).compliance().staleAfter()).isEqualTo(Duration.ofHours(24));
        assertThat(bind(Map.of("herdbook.compliance.stale-after", "90m")).compliance().staleAfter()).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void aWindowThatIsNotPositiveFailsWithTheSettingNamed() {
        assertThatThrownBy(() -> bind(Map.of("herdbook.compliance.stale-after", "0s")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessage("herdbook.compliance.stale-after must be a positive duration, was PT0S");
    }
}
