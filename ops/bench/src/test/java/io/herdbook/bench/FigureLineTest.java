package io.herdbook.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FigureLineTest {

    @Test
    void theRatioIsTheMedianOfEachRoundsRatioNotTheRatioOfMedians() {
        // Rounds 1..3 have ratios 0.5, 2.0 and 1.0: their median is 1.0, while median(rates)/median(baselines) is 200/200.
        FigureLine line = new FigureLine("P9", "posts/s", new double[] {100, 400, 200}, new double[] {200, 200, 200}, Map.of());

        assertThat(line.ratio()).isEqualTo(1.0);
        assertThat(line.rate()).isEqualTo(200);
        assertThat(line.baseline()).isEqualTo(200);
    }

    @Test
    void theLineNamesTheFigureItsRatesRatioSpreadAndExtrasInTheDocumentedOrder() {
        FigureLine line = new FigureLine("P2", "rows/s", new double[] {150_000, 160_000}, new double[] {200_000, 200_000},
                Map.of("z_last", "1", "a_first", "x"));

        assertThat(line.format()).isEqualTo("figure=P2 rate=155000 unit=rows/s baseline=200000 ratio=0.78 median=0.78 spread=0.75..0.80 rounds=2 a_first=x z_last=1");
    }

    @Test
    void smallRatesKeepTheirDecimals() {
        assertThat(FigureLine.number(1.8349)).isEqualTo("1.83");
        assertThat(FigureLine.number(12.34)).isEqualTo("12.3");
        assertThat(FigureLine.number(770.4)).isEqualTo("770");
    }

    @Test
    void aFigureNeedsAsManyBaselineRoundsAsHerdbookRounds() {
        assertThatThrownBy(() -> new FigureLine("P1", "pages/s", new double[] {1, 2}, new double[] {1}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("as many baseline rounds");
        assertThatThrownBy(() -> new FigureLine("P1", "pages/s", new double[0], new double[0], Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
