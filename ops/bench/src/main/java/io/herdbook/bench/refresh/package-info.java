/**
 * Figure P3: posts refreshed per second by the real {@code stats-refresh} job against the sandbox over loopback,
 * against the JDK HTTP client fetching the same pages and doing nothing with them, at several sizes.
 */
package io.herdbook.bench.refresh;
