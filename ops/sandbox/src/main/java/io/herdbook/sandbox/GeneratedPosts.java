package io.herdbook.sandbox;

import io.herdbook.jobs.platform.CreatorProfile;
import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.platform.PostStats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Posts made up from real ones, for scenarios that need more posts than were captured (hundreds, or a burst).
 * Each is a copy of a template post of the library (its kind, slide count, caption and whether its counts were
 * exact, so photo posts and rounded counts keep turning up) with its own id, time and counts. Every value is a
 * function of the handle and the post's number, so runs and machines agree.
 *
 * <p>Ids stay the platform's: a 64-bit number whose upper 32 bits are the upload start in epoch seconds, a few
 * seconds before {@code createTime}, so {@code id >>> 32} checks hold; the lower 32 bits are the handle's hash and the
 * post's number, so two generated posts of one creator never share an id.
 */
final class GeneratedPosts {

    /** The newest post of a generated creator; older ones go back from here. */
    static final Instant NEWEST = Instant.parse("2026-11-01T12:00:00Z");
    private static final long SPACING_SECONDS = 7 * 3_600L;
    /** A burst is posted this far apart, after the creator's newest post. */
    static final long BURST_SPACING_SECONDS = 600L;
    private static final long UPLOAD_SECONDS = 12;

    private final List<PostData> templates;

    /** Templates: the posts of {@code library} that carry stats, in id order; the generated creators' where there are none. */
    GeneratedPosts(CaptureLibrary library) {
        List<PostData> withStats = library.creators().keySet().stream().flatMap(h -> library.posts(h).stream())
                .filter(p -> p.stats() != null).sorted(Comparator.comparing(PostData::id)).toList();
        this.templates = withStats.isEmpty() ? new GeneratedPosts(GeneratedCreators.library()).templates : withStats;
    }

    /** Posts {@code 0..count-1} of a new creator, newest first: post 0 at {@link #NEWEST}, each next one 7 h (and a bit) older. */
    List<PostData> history(String handle, int count) {
        List<PostData> posts = new ArrayList<>(count);
        long created = NEWEST.getEpochSecond();
        for (int n = 0; n < count; n++) {
            posts.add(copy(handle, n, Instant.ofEpochSecond(created)));
            created -= SPACING_SECONDS + (n * 37L) % 600;
        }
        return posts;
    }

    /**
     * {@code count} new posts numbered from {@code firstNumber}, each {@link #BURST_SPACING_SECONDS} after the one before,
     * the first that long after {@code after}; newest first.
     */
    List<PostData> burst(String handle, int firstNumber, int count, Instant after) {
        List<PostData> posts = new ArrayList<>(count);
        for (int k = 1; k <= count; k++) {
            posts.addFirst(copy(handle, firstNumber + k - 1, after.plusSeconds(k * BURST_SPACING_SECONDS)));
        }
        return posts;
    }

    /** A public profile for a generated creator with these posts: videoCount is their number. */
    static CreatorProfile profile(String handle, List<PostData> posts) {
        long likes = posts.stream().mapToLong(p -> p.stats().likes()).sum();
        long hash = handle.hashCode() & 0xFFFF_FFFFL;
        return new CreatorProfile(handle, Long.toString(7_400_000_000_000_000_000L + hash), "MS4wLjABAAAA-sandbox-generated-" + handle,
                "Generated " + handle, 1_000L + hash % 100_000, 50L + hash % 500, likes, (long) posts.size(), false, true);
    }

    /**
     * The creator as its profile reads once {@code added} went up: its post count and likes grow by theirs (a captured
     * profile's count, hidden posts included, stays the truth it was, plus the new posts).
     */
    static CreatorProfile recounted(CreatorProfile p, List<PostData> added, int postsBefore) {
        long likes = added.stream().mapToLong(post -> post.stats().likes()).sum();
        long count = (p.postCount() == null ? postsBefore : p.postCount()) + added.size();
        return new CreatorProfile(p.handle(), p.platformUserId(), p.secUid(), p.nickname(), p.followers(), p.following(),
                p.likesReceived() == null ? null : p.likesReceived() + likes, count, p.privateAccount(), p.exactCounts());
    }

    private PostData copy(String handle, int number, Instant created) {
        PostData template = templates.get(number % templates.size());
        long low = ((long) (handle.hashCode() & 0xFFFF) << 16 | (number & 0xFFFF)) & 0xFFFF_FFFFL;
        String id = Long.toUnsignedString(((created.getEpochSecond() - UPLOAD_SECONDS) << 32) | low);
        String caption = (template.caption() == null ? "" : template.caption() + " ") + "[@" + handle + " #" + (number + 1) + "]";
        return new PostData(id, template.kind(), template.imageCount(),
                PageWriter.ORIGIN + "/@" + handle + "/" + template.kind().pathSegment() + "/" + id, handle, caption, created,
                false, varied(template.stats(), number), false);
    }

    /** The template's counts scaled by a factor from 0.5 to 3.5 that steps with the post's number, plus the number. */
    private static PostStats varied(PostStats s, int number) {
        long scale = 1 + number % 7;
        long views = s.views() * scale / 2 + number;
        return new PostStats(views, s.likes() * scale / 2 + number, s.comments() * scale / 2, s.shares() * scale / 2,
                s.saves() == null ? null : s.saves() * scale / 2, s.exact());
    }
}
