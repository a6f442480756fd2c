/**
 * The one port through which jobs talk to a platform: profile, post list with cursor, post, comments.
 * {@link io.herdbook.jobs.source.WebPlatformSource} is the adapter for the public web pages and web
 * API JSON; its base URL is configuration, which is how {@code ops/sandbox} stands in for the platform.
 */
package io.herdbook.jobs.source;
