package io.herdbook.jobs.platform.fetch;

/**
 * Fetches one resource of the platform, relative to a configured base URL.
 *
 * <p>Implementations never follow redirects (a 302 to the login wall or to a regional
 * {@code notfound} page is itself the answer), never throw for an HTTP status, and turn a timeout or
 * an I/O error into {@link FetchResult.Failed}. They are safe to call from many (virtual) threads.
 */
public interface PageFetcher extends AutoCloseable {

    /**
     * Fetches {@code pathAndQuery} (e.g. {@code /@handle} or {@code /api/post/item_list?secUid=...})
     * against the base URL.
     */
    FetchResult fetch(String pathAndQuery);

    /** Releases connections or browser windows; the default does nothing. */
    @Override
    default void close() {
    }
}
