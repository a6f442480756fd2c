package io.herdbook.jobs.payouts.accrual;

import java.math.BigDecimal;

/**
 * What is left of a campaign's budget while its lines are funded one by one in qualification order. A line is funded
 * up to what remains; the rest of it is unfunded, recorded on the line and reported, never dropped.
 */
final class Budget {

    private BigDecimal remaining;

    private Budget(BigDecimal remaining) {
        this.remaining = remaining;
    }

    /** No budget: every line funded in full. */
    static Budget unlimited() {
        return new Budget(null);
    }

    /** A budget of which {@code remaining} is left (never below zero). */
    static Budget remaining(BigDecimal remaining) {
        return new Budget(remaining.max(BigDecimal.ZERO));
    }

    /** Returns {@code amount} to what remains (a claw-back frees what it took back). */
    void release(BigDecimal amount) {
        if (remaining != null && amount.signum() > 0) {
            remaining = remaining.add(amount);
        }
    }

    /** The part of {@code amount} this budget funds, taken from what remains. */
    BigDecimal fund(BigDecimal amount) {
        if (remaining == null) {
            return amount;
        }
        BigDecimal funded = amount.min(remaining);
        remaining = remaining.subtract(funded);
        return funded;
    }
}
