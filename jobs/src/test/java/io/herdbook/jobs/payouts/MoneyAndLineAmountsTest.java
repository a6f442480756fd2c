package io.herdbook.jobs.payouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herdbook.jobs.goals.PeriodKind;
import io.herdbook.jobs.payouts.accrual.LineAmounts;
import io.herdbook.jobs.payouts.accrual.Terms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The money rule (C12) and the amounts a post earns under CPM (flat, tiered, capped) and flat terms. */
class MoneyAndLineAmountsTest {

    private static Terms cpm(String rate, String cap, long minViews, CpmTier... tiers) {
        return new Terms(1, 1, 1, null, "cpm", Terms.CPM, PeriodKind.MONTHLY, LocalDate.parse("2026-01-01"), new BigDecimal(rate),
                cap == null ? null : new BigDecimal(cap), null, minViews, null, null, null, ZoneOffset.UTC, List.of(tiers));
    }

    private static Terms flat(String fee, long minViews) {
        return new Terms(1, 1, 1, null, "flat", Terms.FLAT_PER_POST, PeriodKind.MONTHLY, LocalDate.parse("2026-01-01"), null, null,
                new BigDecimal(fee), minViews, null, null, null, ZoneOffset.UTC, List.of());
    }

    @ParameterizedTest(name = "{0} rounds to {1}")
    @CsvSource({"2.345, 2.34", "0.125, 0.12", "2.355, 2.36", "0.135, 0.14", "-12.505, -12.50", "1.0049999, 1.00"})
    void roundingIsHalfEvenOnce(String exact, String line) {
        assertThat(Money.line(new BigDecimal(exact)).toPlainString()).isEqualTo(line);
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource({"0E-15, 0.00", "5E+1, 50.00", "1E+3, 1000.00", "-12.50, -12.50", "7, 7.00"})
    void moneyTextIsTwoDecimalsInPlainNotation(String value, String text) {
        assertThat(Money.text(new BigDecimal(value))).isEqualTo(text);
    }

    @Test
    void inputMoneyIsNeverSilentlyRounded() {
        assertThat(Money.parse("12.5")).isEqualByComparingTo("12.50").extracting(BigDecimal::scale).isEqualTo(2);
        assertThat(Money.parse("5E+1").toPlainString()).isEqualTo("50.00");
        assertThat(Money.parse("1.230").toPlainString()).isEqualTo("1.23");
        assertThatThrownBy(() -> Money.parse("1.234")).hasMessageContaining("at most two decimals");
        assertThatThrownBy(() -> Money.parse("1e13")).hasMessageContaining("below 10^12");
        assertThatThrownBy(() -> Money.parse("twelve")).hasMessageContaining("not an amount");
    }

    @ParameterizedTest(name = "{0} views at 0.50 CPM earn {1}")
    @CsvSource({"0, 0.00", "1, 0.00", "10, 0.00", "250, 0.12", "270, 0.14", "2345, 1.17", "1000000, 500.00"})
    void aFlatRateCpmIsViewsTimesRateOverAThousandRoundedOnce(long views, String amount) {
        // 250 × 0.50 / 1000 = 0.125 → 0.12 (half-even); 270 → 0.135 → 0.14; 2,345 → 1.1725 → 1.17.
        assertThat(LineAmounts.cpm(cpm("0.50", null, 0), views).toPlainString()).isEqualTo(amount);
    }

    @ParameterizedTest(name = "{0} views earn {1}")
    @CsvSource({"99999, 200.00", "100000, 200.00", "150000, 250.00", "300000, 400.00", "400000, 440.00", "449999, 460.00",
            "450001, 460.00", "1000000, 460.00"})
    void tiersAreMarginalAndTheCapAppliesToTheExactAmount(long views, String amount) {
        // Tiers 0 → 2.00, 100,000 → 1.00, 300,000 → 0.40 per 1,000 views; cap 460.00 a post.
        //   99,999: 199.998 → 200.00;  150,000: 200 + 50;  400,000: 200 + 200 + 40;
        //   449,999: 459.9996, under the cap, rounds to 460.00;  450,001: 460.0004, over the cap: 460.00;  1,000,000: 680 → 460.00.
        Terms terms = cpm("2.00", "460.00", 0, new CpmTier(0, new BigDecimal("2.00")), new CpmTier(100_000, new BigDecimal("1.00")),
                new CpmTier(300_000, new BigDecimal("0.40")));
        assertThat(LineAmounts.cpm(terms, views).toPlainString()).isEqualTo(amount);
    }

    @Test
    void aCpmBelowTheMinimumViewsAndAFlatFeeBelowItEarnNothing() {
        assertThat(LineAmounts.cpm(cpm("1.00", null, 1_000), 999).toPlainString()).isEqualTo("0.00");
        assertThat(LineAmounts.cpm(cpm("1.00", null, 1_000), 1_000).toPlainString()).isEqualTo("1.00");
        assertThat(LineAmounts.flat(flat("25.00", 20_000), 19_999).toPlainString()).isEqualTo("0.00");
        assertThat(LineAmounts.flat(flat("25.00", 20_000), 20_000).toPlainString()).isEqualTo("25.00");
    }
}
