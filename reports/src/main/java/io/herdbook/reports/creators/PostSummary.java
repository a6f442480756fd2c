package io.herdbook.reports.creators;

import java.time.Instant;

/** One post with its latest stats; the stats fields are null before its first successful refresh. */
public record PostSummary(
        long id,
        String platformPostId,
        String kind,
        int imageCount,
        String url,
        String caption,
        Instant postedAt,
        boolean postedAtApproximate,
        Long views,
        Long likes,
        Long comments,
        Long shares,
        Long saves,
        Instant statsObservedAt) {
}
