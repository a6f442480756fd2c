/**
 * Figure P1: how fast Herdbook's {@link io.herdbook.jobs.platform.parse.PlatformParser} turns the real captured
 * pages into typed results, against a bare Jackson token walk of the same embedded JSON (cut out of the page
 * beforehand, so the baseline does less than Herdbook must) and against HtmlUnit building the page's DOM.
 * Measured with JMH in a forked JVM ({@link io.herdbook.bench.parse.ParseBenchmark}); every rate counts pages
 * per second on one thread.
 */
package io.herdbook.bench.parse;
