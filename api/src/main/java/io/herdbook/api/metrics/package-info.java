/**
 * The API node's own meters over the read models: {@code herdbook.capture.completeness} per project
 * ({@link io.herdbook.api.metrics.CompletenessGauges}). Their exported names are an interface (case C14), pinned by a test.
 */
package io.herdbook.api.metrics;
