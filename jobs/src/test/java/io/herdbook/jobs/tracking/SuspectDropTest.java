package io.herdbook.jobs.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herdbook.jobs.platform.PostStats;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The suspect-drop rule on its own: fraction and minimum per metric, and its settings' validation. */
class SuspectDropTest {

    private static final Instant AT = Instant.parse("2026-03-10T06:00:00Z");
    private static final PostStats LAST = new PostStats(1_000, 100, 40, 5, 2L, true);

    @Test
    void nothingIsSuspectWithoutALastGoodSnapshot() {
        assertThat(SuspectDrop.DEFAULTS.judge(null, null, new PostStats(0, 0, 0, 0, null, false))).isEmpty();
    }

    @Test
    void aFallIsSuspectOnlyPastBothTheFractionAndTheMinimum() {
        SuspectDrop rule = new SuspectDrop(0.5, 0.5, 0.5, 30);

        assertThat(rule.judge(LAST, AT, new PostStats(499, 100, 40, 5, 2L, true))).contains(
                "views fell 50% (1000 to 499) below the last good snapshot of " + AT);
        assertThat(rule.judge(LAST, AT, new PostStats(500, 100, 40, 5, 2L, true))).isEmpty();
        assertThat(rule.judge(LAST, AT, new PostStats(1_000, 71, 40, 5, 2L, true))).as("29 likes: under the minimum").isEmpty();
        assertThat(rule.judge(LAST, AT, new PostStats(1_000, 100, 0, 5, 2L, true))).as("40 comments, all").contains(
                "comments fell 100% (40 to 0) below the last good snapshot of " + AT);
        assertThat(rule.judge(LAST, AT, new PostStats(1_000, 100, 40, 0, null, false))).as("shares and saves are not judged").isEmpty();
        assertThat(rule.judge(LAST, AT, new PostStats(5_000, 500, 90, 9, 9L, true))).isEmpty();
    }

    @Test
    void aFractionOfOneSwitchesAMetricOff() {
        assertThat(new SuspectDrop(1, 0.5, 0.5, 0).judge(LAST, AT, new PostStats(0, 100, 40, 5, 2L, true))).isEmpty();
    }

    @Test
    void aMinimumOfZeroStillNeedsAFallOfOne() {
        assertThat(new SuspectDrop(0.5, 0.5, 0.5, 0).judge(new PostStats(0, 0, 0, 0, null, true), AT,
                new PostStats(0, 0, 0, 0, null, true))).isEmpty();
    }

    @Test
    void invalidSettingsAreRefusedByName() {
        assertThatThrownBy(() -> new SuspectDrop(0, 0.5, 0.5, 10)).hasMessage(
                "herdbook.refresh.suspect-drop.views must be a fraction in (0, 1], was 0.0");
        assertThatThrownBy(() -> new SuspectDrop(0.5, 1.5, 0.5, 10)).hasMessage(
                "herdbook.refresh.suspect-drop.likes must be a fraction in (0, 1], was 1.5");
        assertThatThrownBy(() -> new SuspectDrop(0.5, 0.5, Double.NaN, 10)).hasMessage(
                "herdbook.refresh.suspect-drop.comments must be a fraction in (0, 1], was NaN");
        assertThatThrownBy(() -> new SuspectDrop(0.5, 0.5, 0.5, -1)).hasMessage(
                "herdbook.refresh.suspect-drop.minimum must not be negative, was -1");
    }
}
