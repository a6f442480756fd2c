package io.herdbook.jobs.payouts;

/** One field of a request and what is wrong with it; {@code field} is empty for the request as a whole. */
public record FieldProblem(String field, String message) {
}
