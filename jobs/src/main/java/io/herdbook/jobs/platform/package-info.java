/**
 * The platform as Herdbook sees it: typed results of a fetch (a creator profile, a post, a page of
 * posts or comments) or a non-data outcome, independent of the page format or API that carried them.
 *
 * <p>Only {@link io.herdbook.jobs.platform.Outcome#DATA} may ever write stats: every other outcome
 * keeps the last known values. Sub-packages hold the parser (any captured page or API body into these
 * types) and the fetchers (plain HTTP and a headless browser).
 */
package io.herdbook.jobs.platform;
