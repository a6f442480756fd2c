package io.herdbook.jobs.tracking;

import io.herdbook.jobs.platform.PostStats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a post's new counts are too far below its last good snapshot to be believed ({@code herdbook.refresh.suspect-drop.*}).
 * Counts only grow, except that the platform recounts (a few likes withdrawn, spam views removed, comments deleted);
 * a big fall is a partial page, a cached or foreign answer, a parse slip. Such a snapshot is stored as evidence but
 * held as suspect: it never becomes the post's latest stats and no goal or payout reads it.
 *
 * <p>A metric is suspect when it fell by more than its fraction of the last good value <em>and</em> by at least
 * {@code minimum}: likes 3 → 0 is a 100 % fall of three likes, a recount, not a broken fetch. Shares and saves are not
 * judged: nothing is paid on them and they are noisy. A fraction of 1 switches a metric's check off.
 *
 * @param views    the largest believable fall of views, as a fraction of the last good views; default 0.5
 * @param likes    the same for likes; default 0.5
 * @param comments the same for comments; default 0.5
 * @param minimum  falls smaller than this many (of any metric) are never suspect; default 10
 */
@ConfigurationProperties("herdbook.refresh.suspect-drop")
public record SuspectDrop(
        @DefaultValue("0.5") double views,
        @DefaultValue("0.5") double likes,
        @DefaultValue("0.5") double comments,
        @DefaultValue("10") long minimum) {

    /** The defaults, for stores built without Spring. */
    public static final SuspectDrop DEFAULTS = new SuspectDrop(0.5, 0.5, 0.5, 10);

    public SuspectDrop {
        requireFraction(views, "herdbook.refresh.suspect-drop.views");
        requireFraction(likes, "herdbook.refresh.suspect-drop.likes");
        requireFraction(comments, "herdbook.refresh.suspect-drop.comments");
        if (minimum < 0) {
            throw new IllegalArgumentException("herdbook.refresh.suspect-drop.minimum must not be negative, was " + minimum);
        }
    }

    /**
     * Why {@code observed} cannot be believed after {@code lastGood} (observed at {@code lastGoodAt}), or empty when it can.
     * With no last good snapshot there is nothing to fall from.
     */
    public Optional<String> judge(PostStats lastGood, Instant lastGoodAt, PostStats observed) {
        if (lastGood == null) {
            return Optional.empty();
        }
        List<String> falls = new ArrayList<>();
        fall("views", lastGood.views(), observed.views(), views).ifPresent(falls::add);
        fall("likes", lastGood.likes(), observed.likes(), likes).ifPresent(falls::add);
        fall("comments", lastGood.comments(), observed.comments(), comments).ifPresent(falls::add);
        return falls.isEmpty() ? Optional.empty()
                : Optional.of(String.join("; ", falls) + " below the last good snapshot of " + lastGoodAt);
    }

    private Optional<String> fall(String metric, long before, long now, double fraction) {
        long drop = before - now;
        if (drop < Math.max(minimum, 1) || drop <= fraction * before) {
            return Optional.empty();
        }
        return Optional.of(metric + " fell " + Math.round(100.0 * drop / before) + "% (" + before + " to " + now + ")");
    }

    private static void requireFraction(double value, String name) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be a fraction in (0, 1], was " + value);
        }
    }
}
