package io.herdbook.jobs.tracking;

import java.time.Instant;

/** A creator as a job reads it: enough to fetch their profile and posts. {@code secUid} may be null until the first profile fetch. */
public record CreatorRef(long id, long organisationId, String handle, String secUid, Instant trackingStart) {
}
