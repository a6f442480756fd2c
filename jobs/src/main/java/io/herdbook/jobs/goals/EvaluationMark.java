package io.herdbook.jobs.goals;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a period is final: 48 hours after it closed (so late refreshes of its last posts are in), plus a payout
 * structure's view window when it has one (its last post's window must have closed too). Goal-evaluation acts on a
 * period only from this mark on, and measures it by the stats observed before its end + 48 h.
 */
public final class EvaluationMark {

    /** How long after a period's end its stats keep arriving before it is judged. DESIGN's catalogue fixes it. */
    public static final Duration GRACE = Duration.ofHours(48);

    private static final Logger log = LoggerFactory.getLogger(EvaluationMark.class);

    private EvaluationMark() {
    }

    /** The instant from which {@code period} may be evaluated, with {@code window} (zero when none). */
    public static Instant of(Period period, Duration window) {
        return period.to().plus(window).plus(GRACE);
    }

    /** The stats cutoff of a goal's period, and of a payout period without a view window. */
    public static Instant statsCutoff(Period period) {
        return period.to().plus(GRACE);
    }

    /**
     * As {@link #due}, for a goal or structure described by {@code subject} (for the log) whose first period is
     * {@code first}: none, with an error logged, when its dates cannot be reckoned (a start date far outside
     * {@link SupportedDates}, written around the API), so one such row never stops the others' evaluation.
     */
    public static List<Period> dueOrNone(String subject, Supplier<Period> first, Duration window, Instant now, Duration lookback) {
        try {
            return due(first.get(), window, now, lookback);
        } catch (DateTimeException | ArithmeticException e) {
            log.error("goal-evaluation: {}'s periods cannot be reckoned ({}); skipped", subject, e.getMessage());
            return List.of();
        }
    }

    /**
     * The periods from {@code first} on whose mark has passed by {@code now}, and passed less than {@code lookback}
     * ago, oldest first.
     */
    public static List<Period> due(Period first, Duration window, Instant now, Duration lookback) {
        Instant oldest = now.minus(lookback);
        List<Period> due = new ArrayList<>();
        for (Period period = first; !of(period, window).isAfter(now); period = period.next()) {
            if (!of(period, window).isBefore(oldest)) {
                due.add(period);
            }
        }
        return due;
    }
}
