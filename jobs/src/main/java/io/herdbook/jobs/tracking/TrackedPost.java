package io.herdbook.jobs.tracking;

import io.herdbook.jobs.platform.PostKind;

/** A tracked post as the stats refresh reads it. */
public record TrackedPost(long id, long organisationId, long creatorId, String handle, String platformPostId, PostKind kind) {
}
