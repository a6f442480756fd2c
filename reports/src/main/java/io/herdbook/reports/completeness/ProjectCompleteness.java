package io.herdbook.reports.completeness;

/**
 * A project's completeness ({@link Completeness}): its totals over the creators that count.
 *
 * @param capturedPosts    Σ min(captured, expected) over the creators that count
 * @param profilePostCount Σ expected over them
 * @param completeness     their ratio, null when no creator counts
 * @param creatorsCounted  how many creators the figure is made of
 */
public record ProjectCompleteness(long projectId, long capturedPosts, long profilePostCount, Double completeness, long creatorsCounted) {
}
