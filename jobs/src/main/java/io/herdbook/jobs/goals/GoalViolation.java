package io.herdbook.jobs.goals;

/** A field of a goal request and what is wrong with it; {@code field} is empty for the request as a whole. */
public record GoalViolation(String field, String message) {
}
