package io.herdbook.jobs.refresh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herdbook.jobs.platform.PostKind;
import io.herdbook.jobs.refresh.RefreshCadence.Rung;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The cadence ladders: their defaults, binding from settings and the ladders refused at start-up. */
class RefreshCadenceTest {

    @Test
    void withoutSettingsEachKindHasItsDefaultLadder() {
        RefreshCadence cadence = bind(Map.of());

        assertThat(cadence.of(PostKind.VIDEO)).containsExactly(new Rung(Duration.ofDays(1), Duration.ofMinutes(30)),
                new Rung(Duration.ofDays(7), Duration.ofHours(2)), new Rung(Duration.ofDays(30), Duration.ofHours(12)),
                new Rung(null, Duration.ofDays(3)));
        assertThat(cadence.of(PostKind.PHOTO)).containsExactly(new Rung(Duration.ofDays(1), Duration.ofHours(1)),
                new Rung(Duration.ofDays(7), Duration.ofHours(6)), new Rung(Duration.ofDays(30), Duration.ofDays(1)),
                new Rung(null, Duration.ofDays(7)));
    }

    @Test
    void aLadderIsBoundFromIndexedSettingsAndTheOtherKindKeepsItsDefault() {
        RefreshCadence cadence = bind(Map.of(
                "herdbook.refresh.cadence.video[0].max-age", "2d",
                "herdbook.refresh.cadence.video[0].interval", "15m",
                "herdbook.refresh.cadence.video[1].interval", "1d"));

        assertThat(cadence.video()).containsExactly(new Rung(Duration.ofDays(2), Duration.ofMinutes(15)), new Rung(null, Duration.ofDays(1)));
        assertThat(cadence.photo()).isEqualTo(RefreshCadence.PHOTO);
    }

    @Test
    void badLaddersAreRefusedNamingTheRung() {
        Duration h = Duration.ofHours(1);
        assertThatThrownBy(() -> new RefreshCadence(List.of(new Rung(Duration.ofDays(7), h), new Rung(Duration.ofDays(7), h),
                new Rung(null, h)), null)).hasMessage(
                "herdbook.refresh.cadence.video[1].max-age must be greater than the rung before's (PT168H), was PT168H");
        assertThatThrownBy(() -> new RefreshCadence(null, List.of(new Rung(Duration.ofDays(1), Duration.ZERO), new Rung(null, h))))
                .hasMessage("herdbook.refresh.cadence.photo[0].interval must be positive, was PT0S");
        assertThatThrownBy(() -> new RefreshCadence(List.of(new Rung(Duration.ofDays(1), h)), null))
                .hasMessage("herdbook.refresh.cadence.video[0].max-age must be absent: the last rung takes every older post");
        assertThatThrownBy(() -> new RefreshCadence(List.of(new Rung(null, h), new Rung(null, h)), null))
                .hasMessage("herdbook.refresh.cadence.video[0].max-age is missing: only the last rung takes every older post");
        assertThatThrownBy(() -> new RefreshCadence(List.of(new Rung(Duration.ofDays(-1), h), new Rung(null, h)), null))
                .hasMessageContaining("video[0].max-age must be greater than the rung before's (PT0S)");
    }

    @Test
    void aBadLadderInTheSettingsFailsTheBinding() {
        assertThatThrownBy(() -> bind(Map.of("herdbook.refresh.cadence.photo[0].interval", "-5m")))
                .isInstanceOf(BindException.class).rootCause().hasMessage("herdbook.refresh.cadence.photo[0].interval must be positive, was PT-5M");
    }

    private static RefreshCadence bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("herdbook.refresh.cadence", RefreshCadence.class);
    }
}
