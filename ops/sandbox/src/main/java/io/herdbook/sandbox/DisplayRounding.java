package io.herdbook.sandbox;

/**
 * How the platform rounds the integer {@code stats} it displays (CASES C2): below 10,000 a count is
 * exact; from 10,000 it is rounded half up to one decimal of its display unit, K below a million
 * (nearest 100), M below a billion (nearest 100,000), B above (nearest 100,000,000).
 *
 * <p>This is not "3 significant digits": it is the one rule that gives every rounded/exact pair the
 * captures and the cases hold: 1,776,621 → 1,800,000 ("1.8M"), 22,609 → 22,600, 15,955 → 16,000,
 * 427,682 → 427,700, 38,490 → 38,500, 593,024 → 593,000, 6,764,096 → 6,800,000, while 2,787 and
 * 259 stay as they are. (Three significant digits would give 1,780,000 and 428,000.)
 */
final class DisplayRounding {

    private static final long EXACT_BELOW = 10_000;
    private static final long MILLION = 1_000_000;
    private static final long BILLION = 1_000_000_000;

    private DisplayRounding() {
    }

    static long round(long count) {
        if (count < EXACT_BELOW) {
            return count;
        }
        long step = count < MILLION ? 100 : count < BILLION ? 100_000 : 100_000_000;
        return halfUp(count, step);
    }

    /** A count as an unknown stays unknown. */
    static Long round(Long count) {
        return count == null ? null : round(count.longValue());
    }

    private static long halfUp(long count, long step) {
        long below = count - count % step;
        boolean up = count % step >= step / 2 && below <= Long.MAX_VALUE - step;
        return up ? below + step : below;
    }
}
