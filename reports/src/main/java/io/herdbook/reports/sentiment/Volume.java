package io.herdbook.reports.sentiment;

import java.util.List;

/** Comment volume over the range: every bucket, empty ones included, oldest first. */
public record Volume(BucketSize bucketSize, List<VolumeBucket> buckets) {
}
