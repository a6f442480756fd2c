package io.herdbook.jobs.source;

import io.herdbook.jobs.platform.PostKind;

/**
 * The platform, as the jobs see it. Every method answers; none throws for a failed or refused fetch
 * (that is a {@link io.herdbook.jobs.platform.ParsedPage.NoData} answer). Safe for concurrent use.
 */
public interface PlatformSource {

    /** The creator's profile page. */
    SourceAnswer profile(String handle);

    /** One page of the creator's posts, newest first; {@code cursor} is null or "0" for the first page. */
    SourceAnswer postList(String secUid, String cursor, int count);

    /** One post's page. */
    SourceAnswer post(String handle, PostKind kind, String postId);

    /** One page of a post's comments. */
    SourceAnswer comments(String postId, String cursor, int count);
}
