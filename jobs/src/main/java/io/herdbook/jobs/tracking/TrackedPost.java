package io.herdbook.jobs.tracking;

import io.herdbook.jobs.platform.PostKind;

/**
 * A tracked post as the stats refresh reads it.
 *
 * @param latestViews the views of its latest stored snapshot, null when it has none (yet)
 */
public record TrackedPost(long id, long organisationId, long creatorId, String handle, String platformPostId, PostKind kind,
                          Long latestViews) {

    /** A post whose latest stats the reader did not ask for (the comment sweep, the benchmarks). */
    public TrackedPost(long id, long organisationId, long creatorId, String handle, String platformPostId, PostKind kind) {
        this(id, organisationId, creatorId, handle, platformPostId, kind, null);
    }
}
