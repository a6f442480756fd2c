package io.herdbook.jobs.goals;

import java.time.Duration;
import java.time.Instant;

/**
 * Which stats a measurement may use: those observed before one instant (a period's end + 48 h, or "now" for a
 * period still open), or those observed before a fixed time after each post went up (a view window).
 */
public sealed interface StatsCutoff {

    /** Snapshots observed before {@code instant}, for every post. */
    record At(Instant instant) implements StatsCutoff {
    }

    /** Snapshots observed before each post's {@code postedAt + window}. */
    record AfterPosting(Duration window) implements StatsCutoff {
    }

    static StatsCutoff at(Instant instant) {
        return new At(instant);
    }

    static StatsCutoff afterPosting(Duration window) {
        return new AfterPosting(window);
    }
}
