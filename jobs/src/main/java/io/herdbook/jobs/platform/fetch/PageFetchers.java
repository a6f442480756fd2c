package io.herdbook.jobs.platform.fetch;

import java.util.Objects;

/** Builds the {@link PageFetcher} of a {@link FetcherKind}. */
public final class PageFetchers {

    private PageFetchers() {
    }

    /** A new fetcher; the caller owns it and must close it. */
    public static PageFetcher create(FetcherKind kind, FetcherSettings settings) {
        Objects.requireNonNull(settings, "settings");
        return switch (Objects.requireNonNull(kind, "kind")) {
            case HTTP -> new JdkHttpFetcher(settings);
            case BROWSER -> new HtmlUnitFetcher(settings);
        };
    }
}
