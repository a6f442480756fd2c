package io.herdbook.reports.completeness;

/**
 * One creator's completeness ({@link Completeness}).
 *
 * @param capturedPosts    stored posts at or after the creator's tracking start
 * @param profilePostCount the post count its figure is measured against; null when unknown (see {@link Completeness})
 * @param completeness     captured / expected, capped at 1; null when the expected count is unknown
 * @param counted          whether it counts in its project's figure (status ACTIVE or PRIVATE, and a known count)
 */
public record CreatorCompleteness(long creatorId, String handle, String status, long capturedPosts, Long profilePostCount,
                                  Double completeness, boolean counted) {
}
