package io.herdbook.jobs.payouts;

/** How a creator is paid. Stored as text in {@code payout_methods.kind}; renaming one needs a migration. */
public enum PayoutMethodKind {
    PAYPAL, BANK_TRANSFER, WISE, CHECK, OTHER;

    /** The kind named by {@code text} in any case; an unknown name is an {@link IllegalArgumentException} naming the valid ones. */
    public static PayoutMethodKind parse(String text) {
        for (PayoutMethodKind kind : values()) {
            if (kind.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("must be PAYPAL, BANK_TRANSFER, WISE, CHECK or OTHER, not '" + text + "'");
    }
}
