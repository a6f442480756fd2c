package io.herdbook.scheduler.control;

import io.herdbook.scheduler.ledger.Run;
import java.time.Instant;
import java.util.Optional;

/**
 * A job's schedule as an operator sees it.
 *
 * @param paused     whether an operator paused it
 * @param nextPeriod the next period it is due at (none while paused)
 * @param lastRun    the ledger's newest run of it
 */
public record ScheduleView(String jobName, String cron, boolean paused, Instant nextPeriod, Optional<Run> lastRun) {
}
