package io.herdbook.jobs.payouts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Herdbook's one money rule (DESIGN "Invariants", C12): amounts are {@link BigDecimal} at scale 2, computed
 * exactly and rounded half-even once, at the payout line; no binary floating point anywhere on the path.
 */
public final class Money {

    /** The only rounding mode money ever meets. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;
    public static final int SCALE = 2;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Money() {
    }

    /** An exact amount rounded to a payout line's cents: 2.345 → 2.34, 0.125 → 0.12, 2.355 → 2.36. */
    public static BigDecimal line(BigDecimal exact) {
        return exact.setScale(SCALE, ROUNDING);
    }

    /**
     * An amount as finance reads it: two decimals in plain notation, never scientific ({@code 0E-15} →
     * {@code 0.00}, {@code 5E+1} → {@code 50.00}, {@code 1E+3} → {@code 1000.00}). A value with more than two
     * decimals is rounded by {@link #ROUNDING}, so text and line never disagree.
     */
    public static String text(BigDecimal amount) {
        return line(amount).toPlainString();
    }

    /**
     * Reads an amount given as text (an API field): plain or scientific decimal notation, at most two decimals
     * after stripping trailing zeros, at most 12 digits before the point (numeric(14,2)). Anything else is an
     * {@link IllegalArgumentException} saying why, so a client never has its money silently rounded.
     */
    public static BigDecimal parse(String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException("not an amount: '" + text + "'");
        }
        return of(value);
    }

    /** As {@link #parse(String)} for a value already read as a number. */
    public static BigDecimal of(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > SCALE) {
            throw new IllegalArgumentException("an amount has at most two decimals, not " + shown(value));
        }
        // Judged before any rescaling: 1e10000000 is a short text but a ten-million-digit number.
        if (stripped.precision() - stripped.scale() > 12) {
            throw new IllegalArgumentException("an amount is below 10^12, not " + shown(value));
        }
        BigDecimal scaled = value.setScale(SCALE, RoundingMode.UNNECESSARY);
        if (scaled.precision() - scaled.scale() > 12) {
            throw new IllegalArgumentException("an amount is below 10^12, not " + shown(value));
        }
        return scaled;
    }

    /** The amount as refused, in plain digits when short and in scientific notation when plain would be huge. */
    private static String shown(BigDecimal value) {
        return Math.abs((long) value.precision() - value.scale()) > 40 || value.scale() > 40 ? value.toString() : value.toPlainString();
    }
}
