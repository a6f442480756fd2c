package io.herdbook.jobs.source;

import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.PostKind;
import io.herdbook.jobs.platform.parse.PlatformParser;
import io.herdbook.jobs.platform.fetch.FetchResult;
import io.herdbook.jobs.platform.fetch.PageFetcher;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The platform's public web pages and web API JSON. Pages ({@code /@handle}, post pages) and API
 * bodies may use different fetchers: a plain HTTP client where the served HTML holds the data, a
 * headless browser where scripts, cookies or a challenge must run first.
 */
public class WebPlatformSource implements PlatformSource {

    /** Ordinary redirects followed per fetch; past that the answer is a FAILED "unexpected redirect". */
    static final int MAX_REDIRECTS = 3;

    private final PageFetcher pages;
    private final PageFetcher api;
    private final PlatformParser parser;
    private final URI baseUrl;

    /** @param baseUrl the platform's base URL; redirects are followed only within it */
    public WebPlatformSource(PageFetcher pages, PageFetcher api, PlatformParser parser, URI baseUrl) {
        this.pages = pages;
        this.api = api;
        this.parser = parser;
        this.baseUrl = baseUrl;
    }

    @Override
    public SourceAnswer profile(String handle) {
        return fetch(pages, "/@" + encode(handle));
    }

    @Override
    public SourceAnswer postList(String secUid, String cursor, int count) {
        return fetch(api, "/api/post/item_list?secUid=" + encode(secUid) + "&count=" + count
                + "&cursor=" + encode(cursor == null ? "0" : cursor));
    }

    @Override
    public SourceAnswer post(String handle, PostKind kind, String postId) {
        return fetch(pages, "/@" + encode(handle) + "/" + kind.pathSegment() + "/" + encode(postId));
    }

    @Override
    public SourceAnswer comments(String postId, String cursor, int count) {
        return fetch(api, "/api/comment/list?aweme_id=" + encode(postId) + "&count=" + count
                + "&cursor=" + encode(cursor == null ? "0" : cursor));
    }

    /**
     * Fetches and parses {@code resource}. The fetchers never follow redirects, so that a login or
     * region wall is seen as such; an ordinary redirect within the platform (a renamed handle, a
     * canonical path) is followed here, a few hops at most. The answer keeps the resource asked for.
     */
    private SourceAnswer fetch(PageFetcher fetcher, String resource) {
        String path = resource;
        FetchResult result = fetcher.fetch(path);
        for (int hop = 0; hop < MAX_REDIRECTS && result instanceof FetchResult.Answered answered; hop++) {
            Optional<String> next = parser.redirectToFollow(answered.response()).flatMap(this::onThePlatform);
            if (next.isEmpty()) {
                break;
            }
            path = next.get();
            result = fetcher.fetch(path);
        }
        return switch (result) {
            case FetchResult.Answered answered -> {
                PlatformParser.Reading reading = parser.read(answered.response());
                yield new SourceAnswer(resource, reading.page(), answered.response().status(), answered.elapsed(),
                        reading.payload());
            }
            case FetchResult.Failed failed -> new SourceAnswer(resource,
                    new ParsedPage.NoData(Outcome.FAILED, failed.reason()), null, failed.elapsed());
        };
    }

    /** The path and query of a redirect target on the platform itself, or empty for anywhere else. */
    private Optional<String> onThePlatform(String location) {
        try {
            URI target = baseUrl.resolve(new URI(location));
            boolean sameOrigin = baseUrl.getScheme().equalsIgnoreCase(target.getScheme())
                    && baseUrl.getHost().equalsIgnoreCase(target.getHost()) && baseUrl.getPort() == target.getPort();
            if (!sameOrigin || target.getRawPath() == null || !target.getRawPath().startsWith("/")) {
                return Optional.empty();
            }
            return Optional.of(target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String encode(String value) {
        // Handles may hold dots and underscores (mu33.__); both are safe and left as they are.
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
