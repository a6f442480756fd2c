package io.herdbook.sandbox;

import io.herdbook.jobs.platform.CreatorProfile;
import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.platform.PostStats;
import java.util.function.UnaryOperator;

/**
 * What a bad-day fault does to the data a generated page or list carries: applied to every post and
 * profile the routes write while the fault is in force. A page that is distorted is always generated,
 * never served from a capture, since a capture's bytes cannot be changed.
 */
record Distortion(UnaryOperator<PostData> post, UnaryOperator<CreatorProfile> profile) {

    /** Changes nothing, but still generates the page (a hidden creator's profile, without server-rendered posts). */
    static final Distortion NONE = new Distortion(UnaryOperator.identity(), UnaryOperator.identity());

    /** The post exists, its stats do not: no {@code stats}, no {@code statsV2}. */
    static final Distortion WITHOUT_STATS = posts(stats -> null);

    /** Every count 0, in the same fields (exact or not) as the real ones. */
    static final Distortion ZERO_STATS = posts(s -> s == null ? null
            : new PostStats(0, 0, 0, 0, s.saves() == null ? null : 0L, s.exact()));

    /** Only the display-rounded integers (CASES C2), as in payloads before {@code statsV2}. */
    static final Distortion ROUNDED = new Distortion(
            withStats(s -> s == null ? null : new PostStats(DisplayRounding.round(s.views()), DisplayRounding.round(s.likes()),
                    DisplayRounding.round(s.comments()), DisplayRounding.round(s.shares()), DisplayRounding.round(s.saves()), false)),
            c -> new CreatorProfile(c.handle(), c.platformUserId(), c.secUid(), c.nickname(), DisplayRounding.round(c.followers()),
                    DisplayRounding.round(c.following()), DisplayRounding.round(c.likesReceived()), DisplayRounding.round(c.postCount()),
                    c.privateAccount(), false));

    private static Distortion posts(UnaryOperator<PostStats> stats) {
        return new Distortion(withStats(stats), UnaryOperator.identity());
    }

    private static UnaryOperator<PostData> withStats(UnaryOperator<PostStats> stats) {
        return p -> new PostData(p.id(), p.kind(), p.imageCount(), p.canonicalUrl(), p.authorHandle(), p.caption(), p.createdAt(),
                p.createdApproximate(), stats.apply(p.stats()), p.pinned());
    }
}
