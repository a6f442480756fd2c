package io.herdbook.api.videos;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.jobrunr.jobs.lambdas.JobRequest;

/**
 * The JobRunr job of one video's manual stats refresh. Its JobRunr id is derived from (post, request time), so
 * enqueueing it again is the same job, and its writes are keyed by that slot, so a retry writes nothing twice.
 *
 * @param slot  the request's instant, ISO-8601: the observation slot of the stats it writes
 * @param label how the job reads in the JobRunr dashboard
 */
public record VideoRefreshJob(long organisationId, long postId, String slot, String label) implements JobRequest {

    static VideoRefreshJob of(long organisationId, long postId, Instant requestedAt) {
        return new VideoRefreshJob(organisationId, postId, requestedAt.toString(), "manual stats refresh of video " + postId);
    }

    /** The JobRunr id: one job per post and request instant. */
    UUID id() {
        return UUID.nameUUIDFromBytes(("video-refresh:" + postId + ":" + slot).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Class<VideoRefreshJobHandler> getJobRequestHandler() {
        return VideoRefreshJobHandler.class;
    }

    @Override
    public String toString() {
        return label;
    }
}
