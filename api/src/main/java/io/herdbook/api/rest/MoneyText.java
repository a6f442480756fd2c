package io.herdbook.api.rest;

import io.herdbook.jobs.payouts.Money;
import java.math.BigDecimal;

/** Money in responses: two-decimal plain text ({@link Money#text}), so no client reads it as a binary double. */
final class MoneyText {

    private MoneyText() {
    }

    /** The amount's text; null stays null. */
    static String of(BigDecimal amount) {
        return amount == null ? null : Money.text(amount);
    }
}
