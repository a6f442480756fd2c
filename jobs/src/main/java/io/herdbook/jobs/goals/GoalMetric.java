package io.herdbook.jobs.goals;

/**
 * What a goal counts for a creator over a period's posts (the posts that went up in the period). Stored as
 * text in {@code goals.metric}; renaming a constant needs a migration.
 */
public enum GoalMetric {
    /** How many posts went up in the period. */
    POSTS_IN_PERIOD,
    /** The lowest view count among the period's posts: met when every post reached the target. No posts: no value, not met. */
    MIN_VIEWS_PER_POST,
    /** The views of the period's posts, summed. */
    TOTAL_VIEWS,
    /** The likes of the period's posts, summed. */
    LIKES_RECEIVED;

    /** The metric named by {@code text} in any case; an unknown name is an {@link IllegalArgumentException} naming the valid ones. */
    public static GoalMetric parse(String text) {
        for (GoalMetric metric : values()) {
            if (metric.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return metric;
            }
        }
        throw new IllegalArgumentException("metric must be one of POSTS_IN_PERIOD, MIN_VIEWS_PER_POST, TOTAL_VIEWS, "
                + "LIKES_RECEIVED, not '" + text + "'");
    }
}
