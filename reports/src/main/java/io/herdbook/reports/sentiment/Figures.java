package io.herdbook.reports.sentiment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one rounding rule for shown figures: half-even, percentages to 1 decimal, scores to 4 (as VADER prints them). */
final class Figures {

    private Figures() {
    }

    /** {@code part} of {@code whole} in percent, or null when there is no whole to share. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN);
    }

    /** An average compound score as shown, or null when no comment was scored. */
    static BigDecimal score(Double average) {
        return average == null ? null : BigDecimal.valueOf(average).setScale(4, RoundingMode.HALF_EVEN);
    }
}
