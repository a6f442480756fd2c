package io.herdbook.jobs.platform.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How a fetcher reaches the platform. Invalid values fail at construction, so a bad configuration
 * stops start-up instead of failing every fetch.
 *
 * @param baseUrl              absolute http or https URL every path is appended to, e.g. {@code
 *                             https://www.tiktok.com} or a loopback sandbox {@code http://127.0.0.1:8080};
 *                             a trailing slash is dropped
 * @param connectTimeout       how long to wait for a TCP (and TLS) connection
 * @param requestTimeout       how long to wait for an answer once a request is sent; the browser uses
 *                             it as its single connect and read timeout
 * @param userAgent            the {@code User-Agent} header sent on every request
 * @param acceptLanguage       the {@code Accept-Language} header sent on every request
 * @param javascriptWaitMillis how long the browser lets background scripts (timers, XHR) finish after
 *                             a page loaded; 0 returns straight after the load
 */
public record FetcherSettings(URI baseUrl, Duration connectTimeout, Duration requestTimeout,
                              String userAgent, String acceptLanguage, long javascriptWaitMillis) {

    /** The public web site. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://www.tiktok.com");

    /**
     * A desktop Chrome, the same one HtmlUnit's {@code CHROME} profile claims to be, so the
     * {@code User-Agent} agrees with the client hints the browser sends alongside it.
     */
    public static final String DEFAULT_USER_AGENT = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";

    public FetcherSettings {
        baseUrl = withoutTrailingSlash(requireHttpUrl(baseUrl));
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        requireText(userAgent, "userAgent");
        requireText(acceptLanguage, "acceptLanguage");
        if (javascriptWaitMillis < 0) {
            throw new IllegalArgumentException("javascriptWaitMillis must not be negative: " + javascriptWaitMillis);
        }
    }

    /** The public site, 5 s to connect, 15 s to answer, US English, 1 s for background scripts. */
    public static FetcherSettings defaults() {
        return new FetcherSettings(DEFAULT_BASE_URL, Duration.ofSeconds(5), Duration.ofSeconds(15),
                DEFAULT_USER_AGENT, "en-US,en;q=0.9", 1_000);
    }

    /** These settings against another base URL, e.g. a sandbox. */
    public FetcherSettings withBaseUrl(URI url) {
        return new FetcherSettings(url, connectTimeout, requestTimeout, userAgent, acceptLanguage, javascriptWaitMillis);
    }

    /** These settings with another request timeout. */
    public FetcherSettings withRequestTimeout(Duration timeout) {
        return new FetcherSettings(baseUrl, connectTimeout, timeout, userAgent, acceptLanguage, javascriptWaitMillis);
    }

    /** These settings with another wait for background scripts. */
    public FetcherSettings withJavascriptWaitMillis(long millis) {
        return new FetcherSettings(baseUrl, connectTimeout, requestTimeout, userAgent, acceptLanguage, millis);
    }

    /**
     * The absolute URL of {@code pathAndQuery}, appended to the base URL (so a base with a path prefix
     * keeps it).
     *
     * @throws IllegalArgumentException if the path does not start with {@code /} or is not a valid URI
     */
    public URI resolve(String pathAndQuery) {
        Objects.requireNonNull(pathAndQuery, "pathAndQuery");
        if (!pathAndQuery.startsWith("/") || pathAndQuery.startsWith("//")) {
            // "//host/x" would be read as another authority, not a path on ours.
            throw new IllegalArgumentException("path must start with a single '/': " + pathAndQuery);
        }
        return URI.create(baseUrl + pathAndQuery);
    }

    private static URI requireHttpUrl(URI url) {
        Objects.requireNonNull(url, "baseUrl");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!url.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new IllegalArgumentException("baseUrl must be an absolute http or https URL: " + url);
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException("baseUrl must not carry a query or fragment: " + url);
        }
        return url;
    }

    private static URI withoutTrailingSlash(URI url) {
        String text = url.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : url;
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
