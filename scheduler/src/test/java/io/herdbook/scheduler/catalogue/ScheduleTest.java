package io.herdbook.scheduler.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static final Schedule QUARTER_HOURLY = new Schedule("stats-refresh", "0 0/15 * * * ?", Duration.ofHours(6));
    private static final Schedule DAILY_DIGEST = new Schedule("daily-digest", "0 30 14 * * ?", Duration.ofHours(6));
    private static final Schedule EVERY_TWO_SECONDS = new Schedule("discovery", "0/2 * * * * ?", Duration.ofHours(6));

    @Test
    void theLatestPeriodAtOrBeforeAnInstantIsTheCronSlotInUtc() {
        assertThat(QUARTER_HOURLY.latestPeriodAtOrBefore(Instant.parse("2026-12-04T10:29:59.999Z"))).isEqualTo("2026-12-04T10:15:00Z");
        assertThat(QUARTER_HOURLY.latestPeriodAtOrBefore(Instant.parse("2026-12-04T10:30:00Z"))).isEqualTo("2026-12-04T10:30:00Z");
        assertThat(DAILY_DIGEST.latestPeriodAtOrBefore(Instant.parse("2026-12-04T09:00:00Z"))).isEqualTo("2026-12-03T14:30:00Z");
        assertThat(EVERY_TWO_SECONDS.latestPeriodAtOrBefore(Instant.parse("2026-12-04T09:00:03.5Z"))).isEqualTo("2026-12-04T09:00:02Z");
    }

    @Test
    void aYearlyCronStillFindsItsLatestPeriod() {
        Schedule newYear = new Schedule("video-expiry", "0 0 0 1 1 ?", Duration.ZERO);
        assertThat(newYear.latestPeriodAtOrBefore(Instant.parse("2026-12-04T00:00:00Z"))).isEqualTo("2026-01-01T00:00:00Z");
    }

    @Test
    void periodsBetweenIncludeBothEndsAndStopAtTheLimit() {
        assertThat(QUARTER_HOURLY.periodsBetween(Instant.parse("2026-12-04T10:00:00Z"), Instant.parse("2026-12-04T10:30:00Z"), 10))
                .containsExactly(Instant.parse("2026-12-04T10:00:00Z"), Instant.parse("2026-12-04T10:15:00Z"), Instant.parse("2026-12-04T10:30:00Z"));
        assertThat(QUARTER_HOURLY.periodsBetween(Instant.parse("2026-12-04T10:00:00Z"), Instant.parse("2026-12-04T12:00:00Z"), 2)).hasSize(2);
        assertThat(QUARTER_HOURLY.periodsBetween(Instant.parse("2026-12-04T10:01:00Z"), Instant.parse("2026-12-04T10:14:00Z"), 10)).isEmpty();
    }

    @Test
    void isPeriodKnowsTheCronSlots() {
        assertThat(QUARTER_HOURLY.isPeriod(Instant.parse("2026-12-04T10:45:00Z"))).isTrue();
        assertThat(QUARTER_HOURLY.isPeriod(Instant.parse("2026-12-04T10:46:00Z"))).isFalse();
        assertThat(QUARTER_HOURLY.isPeriod(Instant.parse("2026-12-04T10:45:00.5Z"))).isFalse();
    }

    @Test
    void anInvalidCronIsRefusedWithTheSettingsName() {
        assertThatThrownBy(() -> new Schedule("discovery", "every hour", Duration.ZERO))
                .hasMessageContaining("herdbook.schedule.discovery.cron").hasMessageContaining("every hour");
    }
}
