/**
 * The platform parser: turns any captured page or API body into a typed
 * {@link io.herdbook.jobs.platform.ParsedPage}. {@link io.herdbook.jobs.platform.parse.PlatformParser}
 * is the only entry point; it first classifies the HTTP answer (CDN blocks, login and region walls,
 * 404s, 5xx), then locates the data (the rehydration, SIGI or Next.js script of a page, or a JSON
 * body, unwrapped from a RapidAPI or TikHub envelope), checks the scope's own {@code statusCode}
 * (private, not found, captcha) and only then reads posts, profiles and comments, one small reader
 * per era. Counts are read leniently (number or numeric string, 64-bit); anything we cannot read is
 * absent, never zero. {@link io.herdbook.jobs.platform.parse.PostUrls} reads post links. Everything
 * else here is package-private.
 */
package io.herdbook.jobs.platform.parse;
