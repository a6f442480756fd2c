package io.herdbook.jobs.platform.fetch;

/** Which {@link PageFetcher} to build; see {@link PageFetchers#create(FetcherKind, FetcherSettings)}. */
public enum FetcherKind {

    /** Plain HTTP: no scripts, no cookies kept. The default for routine fetches. */
    HTTP,

    /** A headless browser: runs page scripts and keeps a cookie session per fetcher. */
    BROWSER
}
