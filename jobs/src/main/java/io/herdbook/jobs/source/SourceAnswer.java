package io.herdbook.jobs.source;

import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage;
import java.time.Duration;

/**
 * What one call of the port produced.
 *
 * @param resource   the path fetched (for the fetch-attempt record)
 * @param page       the parsed result; a {@link ParsedPage.NoData} for every non-data outcome
 * @param httpStatus the HTTP status, null when no answer came
 * @param elapsed    how long the fetch took
 */
public record SourceAnswer(String resource, ParsedPage page, Integer httpStatus, Duration elapsed) {

    public Outcome outcome() {
        return page.outcome();
    }

    /** The reason of a non-data outcome, null for data. */
    public String reason() {
        return page instanceof ParsedPage.NoData noData ? noData.reason() : null;
    }
}
