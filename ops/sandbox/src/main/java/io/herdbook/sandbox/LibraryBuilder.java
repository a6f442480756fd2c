package io.herdbook.sandbox;

import io.herdbook.jobs.platform.CreatorProfile;
import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.platform.PostStats;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects what the parsed captures say, one file at a time, and merges it: several files may describe
 * the same creator or post (a post page and a profile's server-rendered list, say).
 */
final class LibraryBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryBuilder.class);

    // Which source wins when two describe the same thing: the most specific one.
    private static final int FROM_PAGE = 3;
    private static final int FROM_BODY = 2;
    private static final int FROM_LIST = 1;
    private static final int WITHOUT_STATS = 0;

    private record Ranked<T>(T value, int rank) {
    }

    private final Map<String, Ranked<CreatorProfile>> profiles = new HashMap<>();
    private final Map<String, Ranked<PostData>> posts = new LinkedHashMap<>();
    private final Map<String, String> owners = new HashMap<>();
    private final Map<String, byte[]> profilePages = new HashMap<>();
    private final Map<String, byte[]> postPages = new HashMap<>();
    private final Map<String, String> authorPages = new LinkedHashMap<>();
    private final Map<String, String> commentBodies = new HashMap<>();
    private final Map<String, BlockedCapture> blocked = new LinkedHashMap<>(GeneratedBlocks.all());
    private final PostAuthorReader authors = new PostAuthorReader();

    /** A real capture replaces the generated stand-in of the same name. */
    void blocked(BlockedCapture capture) {
        blocked.put(capture.name(), capture);
    }

    /**
     * Adds one parsed file. {@code rawPage} is the file's bytes when it is a page that may be served as
     * it is (null for API bodies); {@code commentBody} is the platform JSON of a comment list.
     */
    void add(String file, ParsedPage page, byte[] rawPage, String text, String commentBody) {
        switch (page) {
            case ParsedPage.ProfilePage p -> addProfile(p, rawPage);
            case ParsedPage.PostPage p -> addPostPage(p.post(), rawPage, text);
            case ParsedPage.PostListPage l -> l.items().forEach(item -> addPost(item, null, FROM_LIST));
            case ParsedPage.CommentListPage c -> addComments(file, c, commentBody);
            case ParsedPage.Bundle b -> b.parts().forEach(part -> add(file, part, null, text, null));
            case ParsedPage.NoData n -> LOG.info("{}: no data ({}: {})", file, n.outcome(), n.reason());
        }
    }

    private void addProfile(ParsedPage.ProfilePage page, byte[] rawPage) {
        CreatorProfile profile = page.profile();
        int rank = rawPage != null ? FROM_PAGE : FROM_BODY;
        profiles.merge(profile.handle(), new Ranked<>(profile, rank), (old, now) -> now.rank() > old.rank() ? now : old);
        if (rawPage != null) {
            profilePages.putIfAbsent(profile.handle(), rawPage);
        }
        page.posts().forEach(post -> addPost(post, profile.handle(), FROM_BODY));
    }

    private void addPostPage(PostData post, byte[] rawPage, String text) {
        addPost(post, null, post.stats() == null ? WITHOUT_STATS : FROM_PAGE);
        if (rawPage != null) {
            postPages.putIfAbsent(post.id(), rawPage);
            if (post.authorHandle() != null) {
                authorPages.putIfAbsent(post.authorHandle(), text);
            }
        }
    }

    private void addPost(PostData post, String listOwner, int rank) {
        String owner = post.authorHandle() != null ? post.authorHandle() : listOwner;
        if (owner == null) {
            LOG.info("Post {} names no author; left out", post.id());
            return;
        }
        owners.putIfAbsent(post.id(), owner);
        posts.merge(post.id(), new Ranked<>(post, post.stats() == null ? WITHOUT_STATS : rank), LibraryBuilder::merge);
    }

    /** The more specific source wins; exact counts beat rounded ones whichever source has them. */
    private static Ranked<PostData> merge(Ranked<PostData> old, Ranked<PostData> now) {
        Ranked<PostData> winner = now.rank() > old.rank() ? now : old;
        Ranked<PostData> loser = winner == now ? old : now;
        PostStats stats = winner.value().stats();
        PostStats other = loser.value().stats();
        if (other != null && (stats == null || other.exact() && !stats.exact())) {
            PostData p = winner.value();
            return new Ranked<>(new PostData(p.id(), p.kind(), p.imageCount(), p.canonicalUrl(), p.authorHandle(), p.caption(),
                    p.createdAt(), p.createdApproximate(), other, p.pinned()), winner.rank());
        }
        return winner;
    }

    private void addComments(String file, ParsedPage.CommentListPage page, String body) {
        if (page.comments().isEmpty() || body == null) {
            LOG.info("{}: a comment list without comments; not served", file);
            return;
        }
        commentBodies.putIfAbsent(page.comments().getFirst().postId(), body);
    }

    CaptureLibrary build(Path dir) {
        Map<String, CreatorProfile> creators = new HashMap<>();
        profiles.forEach((handle, ranked) -> creators.put(handle, ranked.value()));
        Set<String> derived = deriveAuthorProfiles(creators);
        Map<String, List<PostData>> byHandle = new HashMap<>();
        posts.forEach((id, ranked) -> byHandle.computeIfAbsent(owners.get(id), h -> new ArrayList<>()).add(ranked.value()));
        byHandle.values().forEach(list -> list.sort(NEWEST_FIRST));
        return new CaptureLibrary(dir, creators, byHandle, derived, profilePages, postPages, commentBodies, blocked);
    }

    /**
     * Decision: an author known only from a captured post page still becomes a creator, so that its
     * posts can be tracked against the sandbox. Its profile is built from the author block of that page
     * (ids, nickname and, where the page has them, author stats) and its {@code /@handle} is generated.
     */
    private Set<String> deriveAuthorProfiles(Map<String, CreatorProfile> creators) {
        Set<String> derived = new LinkedHashSet<>();
        authorPages.forEach((handle, text) -> {
            if (!creators.containsKey(handle)) {
                creators.put(handle, withSecUid(authors.read(text, handle).orElseGet(() -> bare(handle))));
                derived.add(handle);
            }
        });
        return derived;
    }

    private static CreatorProfile bare(String handle) {
        return new CreatorProfile(handle, null, null, null, null, null, null, null, false, false);
    }

    /** The post list is addressed by secUid, so a creator without one gets a stable made-up one. */
    private static CreatorProfile withSecUid(CreatorProfile p) {
        if (p.secUid() != null) {
            return p;
        }
        return new CreatorProfile(p.handle(), p.platformUserId(), "MS4wLjABAAAA-sandbox-" + p.handle(), p.nickname(),
                p.followers(), p.following(), p.likesReceived(), p.postCount(), p.privateAccount(), p.exactCounts());
    }

    static final Comparator<PostData> NEWEST_FIRST = Comparator
            .comparing(PostData::createdAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(PostData::id, (a, b) -> Long.compareUnsigned(Long.parseUnsignedLong(b), Long.parseUnsignedLong(a)));
}
