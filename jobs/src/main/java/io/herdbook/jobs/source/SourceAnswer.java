package io.herdbook.jobs.source;

import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.Payload;
import java.time.Duration;

/**
 * What one call of the port produced.
 *
 * @param resource   the path fetched (for the fetch-attempt record)
 * @param page       the parsed result; a {@link ParsedPage.NoData} for every non-data outcome
 * @param httpStatus the HTTP status, null when no answer came
 * @param elapsed    how long the fetch took
 * @param payload    what the parser read of the answer (its data script or JSON body), for the raw archive; null
 *                   when it read none (no answer, an HTTP refusal, a page without a data script)
 */
public record SourceAnswer(String resource, ParsedPage page, Integer httpStatus, Duration elapsed, Payload payload) {

    /** An answer whose payload is not kept. */
    public SourceAnswer(String resource, ParsedPage page, Integer httpStatus, Duration elapsed) {
        this(resource, page, httpStatus, elapsed, null);
    }

    public Outcome outcome() {
        return page.outcome();
    }

    /** The reason of a non-data outcome, null for data. */
    public String reason() {
        return page instanceof ParsedPage.NoData noData ? noData.reason() : null;
    }
}
