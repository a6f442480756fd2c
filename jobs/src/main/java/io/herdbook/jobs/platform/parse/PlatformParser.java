package io.herdbook.jobs.platform.parse;

import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.RawResponse;

/**
 * Turns any captured page or API body of the platform into a typed {@link ParsedPage}. Thread-safe.
 */
public final class PlatformParser {

    /** Parses an HTTP answer (status, headers, body) as a fetcher received it. */
    public ParsedPage parse(RawResponse response) {
        throw new UnsupportedOperationException("not yet written");
    }

    /**
     * Parses the text of a saved file: a page saved from a browser, an API body, or a {@code curl -i}
     * capture whose HTTP status lines and headers precede the body.
     */
    public ParsedPage parseCapture(String fileText) {
        throw new UnsupportedOperationException("not yet written");
    }
}
