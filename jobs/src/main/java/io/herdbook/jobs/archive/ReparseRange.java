package io.herdbook.jobs.archive;

import java.time.Instant;

/**
 * Which archived payloads a reparse reads.
 *
 * @param job  only this job's payloads, or null for every job's
 * @param from only slots at or after this instant, or null for no lower bound
 * @param to   only slots at or before this instant, or null for no upper bound
 */
public record ReparseRange(String job, Instant from, Instant to) {

    public ReparseRange {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
    }

    /** Every archived payload. */
    public static ReparseRange all() {
        return new ReparseRange(null, null, null);
    }
}
