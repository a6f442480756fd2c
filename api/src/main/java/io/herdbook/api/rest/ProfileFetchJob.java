package io.herdbook.api.rest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.jobrunr.jobs.lambdas.JobRequest;

/**
 * The JobRunr job of a creator's fresh profile fetch after a rename: discovery's per-creator work for that one
 * creator, observed as of the rename. Its JobRunr id is derived from (creator, rename time), so enqueueing it again
 * is the same job, and its writes are keyed by that slot, so a retry writes nothing twice.
 *
 * @param slot  the rename's instant, ISO-8601: the observation slot of what the fetch writes
 * @param label how the job reads in the JobRunr dashboard
 */
public record ProfileFetchJob(long organisationId, long creatorId, String slot, String label) implements JobRequest {

    static ProfileFetchJob after(long organisationId, long creatorId, String handle, Instant renamedAt) {
        return new ProfileFetchJob(organisationId, creatorId, renamedAt.toString(), "profile fetch of @" + handle + " after its rename");
    }

    /** The JobRunr id: one job per creator and rename. */
    UUID id() {
        return UUID.nameUUIDFromBytes(("profile-fetch:" + creatorId + ":" + slot).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Class<ProfileFetchJobHandler> getJobRequestHandler() {
        return ProfileFetchJobHandler.class;
    }

    @Override
    public String toString() {
        return label;
    }
}
