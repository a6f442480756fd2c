package io.herdbook.reports.compliance;

import io.herdbook.jobs.goals.EvaluationMark;
import io.herdbook.jobs.goals.Period;
import java.time.Duration;
import java.time.Instant;

/** Where a period stands at an instant, relative to its end and the 48 h mark at which goal-evaluation acts. */
enum PeriodState {
    /** now &lt; the period's end. */
    IN_PROGRESS,
    /** end ≤ now &lt; end + 48 h. */
    CLOSED_RECENTLY,
    /** now ≥ end + 48 h: the stats it is judged by are fixed, whether or not the job has stored its result yet. */
    PAST_EVALUATION_MARK;

    static PeriodState of(Period period, Instant now) {
        if (now.isBefore(period.to())) {
            return IN_PROGRESS;
        }
        return now.isBefore(evaluationMark(period)) ? CLOSED_RECENTLY : PAST_EVALUATION_MARK;
    }

    /** goal-evaluation's own mark for a goal's period (no view window), so the report and the job never drift apart. */
    static Instant evaluationMark(Period period) {
        return EvaluationMark.of(period, Duration.ZERO);
    }

    /** The stats a live figure of the period uses: observed before now, and never after the mark the evaluation uses. */
    static Instant liveCutoff(Period period, Instant now) {
        Instant mark = evaluationMark(period);
        return now.isBefore(mark) ? now : mark;
    }

    boolean settled() {
        return this == PAST_EVALUATION_MARK;
    }
}
