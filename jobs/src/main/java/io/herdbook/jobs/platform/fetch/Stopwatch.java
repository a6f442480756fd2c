package io.herdbook.jobs.platform.fetch;

import java.time.Duration;

/**
 * Measures how long one fetch took. It reads the monotonic tick counter, not the wall clock: an
 * elapsed time must not jump when the system clock is adjusted, and no business time is derived from
 * it (that comes from the injected {@code Clock}).
 */
record Stopwatch(long startNanos) {

    static Stopwatch start() {
        return new Stopwatch(System.nanoTime());
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
