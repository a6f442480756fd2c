package io.herdbook.jobs.platform.fetch;

import io.herdbook.jobs.platform.RawResponse;
import java.time.Duration;

/** The end of one fetch: an HTTP answer of any status, or a failure to get one. */
public sealed interface FetchResult {

    /** How long the fetch took. */
    Duration elapsed();

    /** The server answered; {@code response.status()} may be anything, including 3xx, 4xx and 5xx. */
    record Answered(RawResponse response, Duration elapsed) implements FetchResult {
    }

    /**
     * No answer: {@code timedOut} distinguishes a timeout from a refused or reset connection.
     *
     * @param reason a short why, e.g. {@code "timeout after PT10S"}
     */
    record Failed(String reason, boolean timedOut, Duration elapsed) implements FetchResult {
    }
}
