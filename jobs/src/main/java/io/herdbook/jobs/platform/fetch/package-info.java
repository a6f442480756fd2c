/**
 * Fetchers: how a platform page or API body is brought in, as a {@link
 * io.herdbook.jobs.platform.fetch.FetchResult}. {@link io.herdbook.jobs.platform.fetch.JdkHttpFetcher}
 * is a plain HTTP client, cheap enough for every routine refresh; {@link
 * io.herdbook.jobs.platform.fetch.HtmlUnitFetcher} is a headless browser for the pages that need
 * scripts run, cookies carried through a session, or a challenge passed, at a much higher cost per
 * page. {@link io.herdbook.jobs.platform.fetch.PageFetchers} builds either from one {@link
 * io.herdbook.jobs.platform.fetch.FetcherSettings}.
 *
 * <p>Both keep the same contract: redirects are never followed (the 3xx and its {@code Location} are
 * the answer the parser classifies), any HTTP status is an answer, and only a timeout or an I/O error
 * is a failure, with the two told apart so the caller's retry policy can treat them differently.
 */
package io.herdbook.jobs.platform.fetch;
