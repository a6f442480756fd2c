/**
 * The completeness figure: how much of what a creator's profile counts has been captured, per creator and per
 * project ({@link io.herdbook.reports.completeness.Completeness} holds the definition). Read by the REST API and the
 * {@code herdbook.capture.completeness} gauge. Every query is scoped by organisation, but the gauge's, which is an
 * operator's view over all of them.
 */
package io.herdbook.reports.completeness;
