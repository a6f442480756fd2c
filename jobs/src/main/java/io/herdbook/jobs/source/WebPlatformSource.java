package io.herdbook.jobs.source;

import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.PostKind;
import io.herdbook.jobs.platform.parse.PlatformParser;
import io.herdbook.jobs.platform.fetch.FetchResult;
import io.herdbook.jobs.platform.fetch.PageFetcher;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The platform's public web pages and web API JSON. Pages ({@code /@handle}, post pages) and API
 * bodies may use different fetchers: a plain HTTP client where the served HTML holds the data, a
 * headless browser where scripts, cookies or a challenge must run first.
 */
public class WebPlatformSource implements PlatformSource {

    private final PageFetcher pages;
    private final PageFetcher api;
    private final PlatformParser parser;

    public WebPlatformSource(PageFetcher pages, PageFetcher api, PlatformParser parser) {
        this.pages = pages;
        this.api = api;
        this.parser = parser;
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

    private SourceAnswer fetch(PageFetcher fetcher, String resource) {
        FetchResult result = fetcher.fetch(resource);
        return switch (result) {
            case FetchResult.Answered answered -> new SourceAnswer(resource, parser.parse(answered.response()),
                    answered.response().status(), answered.elapsed());
            case FetchResult.Failed failed -> new SourceAnswer(resource,
                    new ParsedPage.NoData(Outcome.FAILED, failed.reason()), null, failed.elapsed());
        };
    }

    private static String encode(String value) {
        // Handles may hold dots and underscores (mu33.__); both are safe and left as they are.
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
