package io.herdbook.jobs.payouts;

/** How a payout structure pays. Stored as text in {@code payout_structures.kind}; renaming one needs a migration. */
public enum PayoutKind {
    /** Per 1,000 views of each qualifying post, with an optional cap per post and marginal tiers. */
    CPM,
    /** A fixed fee per qualifying post. */
    FLAT_PER_POST,
    /** A fixed amount when a goal is met, per goal result. */
    GOAL_BONUS;

    /** The kind named by {@code text} in any case; an unknown name is an {@link IllegalArgumentException} naming the valid ones. */
    public static PayoutKind parse(String text) {
        for (PayoutKind kind : values()) {
            if (kind.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("must be CPM, FLAT_PER_POST or GOAL_BONUS, not '" + text + "'");
    }
}
