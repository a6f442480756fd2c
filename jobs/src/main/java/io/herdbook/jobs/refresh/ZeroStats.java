package io.herdbook.jobs.refresh;

import io.herdbook.jobs.platform.PostStats;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a post page whose every count is 0 is the platform's bad day (a partial page) rather than the post: views
 * never fall, so zeros after a snapshot with views are partial; and a public post is watched within hours of being
 * posted, so zeros for a post older than {@link #PLAUSIBLE_FOR} are partial too, even on its first refresh (the list
 * page that found it may well have shown it with a million views). Only zeros of a post just published are data.
 * One rule for stats-refresh and for reparse, so that a reparse writes nothing the job refused.
 */
public final class ZeroStats {

    /** How long after posting a post may still truly have no views, likes, comments or shares at all. */
    public static final Duration PLAUSIBLE_FOR = Duration.ofHours(24);

    private ZeroStats() {
    }

    /**
     * Why {@code stats} read at {@code slot} are a partial page, or empty when they may be the post's.
     *
     * @param postedAt      the post's time (the page's createTime, or the id's lower bound), null when unknown
     * @param lastGoodViews the views of the post's last good snapshot before the slot, null when it has none
     */
    public static Optional<String> partial(PostStats stats, Instant postedAt, Instant slot, Long lastGoodViews) {
        if (!stats.allZero()) {
            return Optional.empty();
        }
        if (lastGoodViews != null && lastGoodViews > 0) {
            return Optional.of("partial page: every count is 0, last good views " + lastGoodViews);
        }
        if (postedAt != null && postedAt.plus(PLAUSIBLE_FOR).isBefore(slot)) {
            return Optional.of("partial page: every count is 0 for a post posted " + postedAt + ", over "
                    + PLAUSIBLE_FOR.toHours() + " h before");
        }
        return Optional.empty();
    }
}
