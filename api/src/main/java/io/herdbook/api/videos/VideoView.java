package io.herdbook.api.videos;

import java.time.Instant;

/**
 * A video (a post: a video or a photo carousel) as the API shows it, with its latest stats (null until it has any) and
 * its tracking status.
 *
 * @param postedAtApproximate true while {@code posted_at} is the id's time (a lower bound), not the page's createTime
 * @param tracking            PENDING (in the project's inbox), TRACKED, EXCLUDED or EXPIRED
 */
public record VideoView(long id, long projectId, long creatorId, String handle, String kind, String platformPostId, String url,
                        String caption, Instant postedAt, boolean postedAtApproximate, Instant firstSeenAt, String tracking,
                        String thumbnailUrl, Stats stats) {

    /** The latest good snapshot ({@code post_stats_latest}); {@code saves} null where the source shows none. */
    public record Stats(long views, long likes, long comments, long shares, Long saves, Instant observedAt) {
    }
}
