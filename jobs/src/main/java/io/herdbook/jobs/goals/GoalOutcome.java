package io.herdbook.jobs.goals;

import java.util.List;

/**
 * What a goal's metric comes to over one creator's posts of a period.
 *
 * @param actual null when the metric has no value ({@link GoalMetric#MIN_VIEWS_PER_POST} over no posts)
 * @param posts  how many posts were counted
 */
public record GoalOutcome(Long actual, long target, boolean met, long posts) {

    /** The outcome of {@code metric} against {@code target} over {@code posts} (one creator's, one period's). */
    public static GoalOutcome of(GoalMetric metric, long target, List<PostMeasure> posts) {
        Long actual = switch (metric) {
            case POSTS_IN_PERIOD -> (long) posts.size();
            case MIN_VIEWS_PER_POST -> posts.stream().mapToLong(PostMeasure::views).min().stream().boxed().findFirst().orElse(null);
            case TOTAL_VIEWS -> posts.stream().mapToLong(PostMeasure::views).sum();
            case LIKES_RECEIVED -> posts.stream().mapToLong(PostMeasure::likes).sum();
        };
        return new GoalOutcome(actual, target, actual != null && actual >= target, posts.size());
    }
}
