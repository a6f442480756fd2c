package io.herdbook.scheduler.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackfillRangeTest {

    @Test
    void aDateIsThatWholeUtcDayFromItsFirstSecondThroughItsLast() {
        BackfillRange range = BackfillRange.parse("2026-12-01", "2026-12-02");

        assertThat(range.from()).isEqualTo("2026-12-01T00:00:00Z");
        assertThat(range.to()).isEqualTo("2026-12-02T23:59:59Z");
    }

    @Test
    void aLeftOutEndIsTheSameAsTheStartSoOneDateIsOneDay() {
        assertThat(BackfillRange.parse("2026-12-01", null)).isEqualTo(
                new BackfillRange(Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2026-12-01T23:59:59Z")));
        assertThat(BackfillRange.parse("2026-12-01T10:05:00Z", null)).isEqualTo(
                new BackfillRange(Instant.parse("2026-12-01T10:05:00Z"), Instant.parse("2026-12-01T10:05:00Z")));
    }

    @Test
    void instantsAreTakenAsWrittenAndMayMixWithDates() {
        BackfillRange range = BackfillRange.parse("2026-12-01T10:00:00Z", "2026-12-03");

        assertThat(range.from()).isEqualTo("2026-12-01T10:00:00Z");
        assertThat(range.to()).isEqualTo("2026-12-03T23:59:59Z");
    }

    @Test
    void anUnreadableEndIsRefusedNamingWhichEnd() {
        assertThatThrownBy(() -> BackfillRange.parse("yesterday", null)).isInstanceOf(BackfillRange.InvalidRangeException.class)
                .hasMessageStartingWith("from 'yesterday' is neither an ISO instant");
        assertThatThrownBy(() -> BackfillRange.parse("2026-12-01", "2026-13-01")).hasMessageStartingWith("to '2026-13-01'");
        assertThatThrownBy(() -> BackfillRange.parse(" ", null)).hasMessageStartingWith("from is required");
    }

    @Test
    void anInstantFarOutsideTheLedgersYearsIsRefusedBeforeItReachesTheDatabase() {
        assertThatThrownBy(() -> BackfillRange.parse("+999999999-12-31T23:59:59Z", null)).hasMessageContaining("is outside");
        assertThatThrownBy(() -> BackfillRange.parse("1999-12-31", null)).hasMessageContaining("is outside");
    }
}
