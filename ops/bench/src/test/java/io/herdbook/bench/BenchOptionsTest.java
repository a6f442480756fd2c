package io.herdbook.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void byDefaultEveryFigureRunsFiveRoundsAtFullSize() {
        BenchOptions options = BenchOptions.parse();

        assertThat(options.runs("P1")).isTrue();
        assertThat(options.runs("P5")).isTrue();
        assertThat(options.rounds()).isEqualTo(5);
        assertThat(options.size(100_000, 100)).isEqualTo(100_000);
    }

    @Test
    void quickIsOneRoundAtTinySizesAndOnlySelectsFiguresCaseInsensitively() {
        BenchOptions options = BenchOptions.parse("--quick", "--only", "p1, P3");

        assertThat(options.rounds()).isEqualTo(1);
        assertThat(options.size(100_000, 100)).isEqualTo(100);
        assertThat(options.runs("P1")).isTrue();
        assertThat(options.runs("P3")).isTrue();
        assertThat(options.runs("P2")).isFalse();
    }

    @Test
    void roundsCanBeSetAndMustBePositive() {
        assertThat(BenchOptions.parse("--quick", "--rounds", "3").rounds()).isEqualTo(3);
        assertThatThrownBy(() -> BenchOptions.parse("--rounds", "0")).hasMessageContaining("positive");
        assertThatThrownBy(() -> BenchOptions.parse("--rounds")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> BenchOptions.parse("--fast")).hasMessageContaining("unknown option --fast");
    }
}
