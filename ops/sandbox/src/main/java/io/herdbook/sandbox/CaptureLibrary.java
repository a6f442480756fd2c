package io.herdbook.sandbox;

import io.herdbook.jobs.platform.CreatorProfile;
import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.platform.PostStats;
import io.herdbook.jobs.platform.parse.PlatformParser;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * What the sandbox knows about the platform: creators, their posts, the raw captured pages that are
 * served byte for byte, comment bodies by post, and the captured edge refusals by name. Immutable.
 *
 * <p>Built either from a folder of real captures ({@link #load(Path)}) or, when that folder is missing
 * or empty, from three generated creators ({@link #generated()}).
 */
public final class CaptureLibrary {

    private final Path source;
    // Concurrent, with immutable lists as values: a burst replaces a creator's list while requests read it.
    private final SortedMap<String, CreatorProfile> creators;
    private final Map<String, List<PostData>> postsByHandle;
    private final Set<String> derivedProfiles;
    private final Map<String, byte[]> profilePages;
    private final Map<String, byte[]> postPages;
    private final Map<String, String> commentBodies;
    private final SortedMap<String, BlockedCapture> blocked;

    CaptureLibrary(Path source, Map<String, CreatorProfile> creators, Map<String, List<PostData>> postsByHandle,
                   Set<String> derivedProfiles, Map<String, byte[]> profilePages, Map<String, byte[]> postPages,
                   Map<String, String> commentBodies, Map<String, BlockedCapture> blocked) {
        this.source = source;
        this.creators = new ConcurrentSkipListMap<>(creators);
        this.postsByHandle = new ConcurrentHashMap<>();
        postsByHandle.forEach((handle, posts) -> this.postsByHandle.put(handle, List.copyOf(posts)));
        this.derivedProfiles = Set.copyOf(derivedProfiles);
        this.profilePages = new ConcurrentHashMap<>(profilePages);
        this.postPages = Map.copyOf(postPages);
        this.commentBodies = Map.copyOf(commentBodies);
        this.blocked = Collections.unmodifiableSortedMap(new TreeMap<>(blocked));
    }

    /**
     * Indexes the captures in {@code dir} with {@link PlatformParser#parseCapture(String)}; when the folder
     * does not exist or holds no files, returns {@link #generated()} instead.
     */
    public static CaptureLibrary load(Path dir) {
        return new CaptureIndexer(new PlatformParser()).index(dir).orElseGet(CaptureLibrary::generated);
    }

    /** Three generated creators in the platform's current format, with deterministic values. */
    public static CaptureLibrary generated() {
        return GeneratedCreators.library();
    }

    /** True when nothing was read from a capture folder. */
    public boolean isGenerated() {
        return source == null;
    }

    /** The capture folder this was read from, if any. */
    public Optional<Path> source() {
        return Optional.ofNullable(source);
    }

    /** Every creator whose pages are served, by handle. */
    public SortedMap<String, CreatorProfile> creators() {
        return Collections.unmodifiableSortedMap(creators);
    }

    /**
     * Adds a creator with {@code posts} posts made from this library's real posts (see {@link GeneratedPosts}), served
     * through the paged post list and generated pages; its profile's videoCount is {@code posts}. The newest post is
     * at {@link GeneratedPosts#NEWEST}, the others 7 h or so apart before it.
     *
     * @throws IllegalArgumentException when the handle is already served or {@code posts} is not 0..65535
     */
    public synchronized CreatorProfile generateCreator(String handle, int posts) {
        if (posts < 0 || posts > 0xFFFF) {
            throw new IllegalArgumentException("a generated creator has 0..65535 posts, not " + posts);
        }
        if (creators.containsKey(handle)) {
            throw new IllegalArgumentException("@" + handle + " is already served");
        }
        List<PostData> list = new GeneratedPosts(this).history(handle, posts);
        CreatorProfile profile = GeneratedPosts.profile(handle, list);
        postsByHandle.put(handle, List.copyOf(list));
        creators.put(handle, profile);
        return profile;
    }

    /**
     * A posting burst: {@code count} new posts of {@code handle}, newer than all it had, ten minutes apart; its
     * profile's post count and likes grow by theirs (a captured profile page of it is no longer served, since its counts would be wrong).
     *
     * @return the new posts, newest first
     * @throws IllegalArgumentException for an unknown handle or a count outside 1..10000
     */
    public synchronized List<PostData> burst(String handle, int count) {
        CreatorProfile creator = creator(handle).orElseThrow(() -> new IllegalArgumentException("no creator @" + handle));
        if (count < 1 || count > 10_000) {
            throw new IllegalArgumentException("a burst adds 1..10000 posts, not " + count);
        }
        List<PostData> before = posts(handle);
        Instant newest = before.stream().map(PostData::createdAt).filter(java.util.Objects::nonNull).max(Instant::compareTo)
                .orElse(GeneratedPosts.NEWEST);
        List<PostData> added = new GeneratedPosts(this).burst(handle, before.size(), count, newest);
        List<PostData> after = new ArrayList<>(added);
        after.addAll(before);
        postsByHandle.put(handle, List.copyOf(after));
        creators.put(handle, GeneratedPosts.recounted(creator, added, before.size()));
        profilePages.remove(handle);
        return added;
    }

    /** The creator with this handle. */
    public Optional<CreatorProfile> creator(String handle) {
        return Optional.ofNullable(creators.get(handle));
    }

    /** The creator whose {@code secUid} this is (the key {@code api/post/item_list} takes). */
    public Optional<CreatorProfile> creatorBySecUid(String secUid) {
        return creators.values().stream().filter(c -> secUid.equals(c.secUid())).findFirst();
    }

    /**
     * Handles whose profile was NOT captured but derived from the author block of one of their post
     * pages; their {@code /@handle} page is generated.
     */
    public Set<String> derivedProfiles() {
        return derivedProfiles;
    }

    /** The posts of {@code handle}, newest first by {@code createdAt}; empty for an unknown handle. */
    public List<PostData> posts(String handle) {
        return postsByHandle.getOrDefault(handle, List.of());
    }

    /** Any known post by id, whoever wrote it. */
    public Optional<PostData> post(String id) {
        return postsByHandle.values().stream().flatMap(List::stream).filter(p -> p.id().equals(id)).findFirst();
    }

    /** The handle whose post list holds this post. */
    public Optional<String> ownerOf(String postId) {
        return postsByHandle.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(p -> p.id().equals(postId)))
                .map(Map.Entry::getKey).findFirst();
    }

    /** The captured edge refusals by short name ({@code akamai-403}, {@code 451}, {@code login}, {@code region-notfound}). */
    public SortedMap<String, BlockedCapture> blocked() {
        return blocked;
    }

    /** True when {@code /@handle} is served from a real captured page. */
    public boolean hasCapturedProfilePage(String handle) {
        return profilePages.containsKey(handle);
    }

    /** True when the post's page is served from a real captured page. */
    public boolean hasCapturedPostPage(String postId) {
        return postPages.containsKey(postId);
    }

    Optional<byte[]> profilePage(String handle) {
        return Optional.ofNullable(profilePages.get(handle));
    }

    Optional<byte[]> postPage(String postId) {
        return Optional.ofNullable(postPages.get(postId));
    }

    /**
     * This library with one post's counts replaced, for a scenario that needs particular numbers (the C2
     * pair 1,776,621 / 1,800,000, say). Its page, if captured, is generated from then on, so the new counts
     * are what is served.
     *
     * @throws IllegalArgumentException when no post has this id
     */
    public CaptureLibrary withPostStats(String postId, PostStats stats) {
        String owner = ownerOf(postId).orElseThrow(() -> new IllegalArgumentException("no post " + postId));
        Map<String, List<PostData>> posts = new HashMap<>(postsByHandle);
        posts.put(owner, postsByHandle.get(owner).stream()
                .map(p -> p.id().equals(postId) ? new PostData(p.id(), p.kind(), p.imageCount(), p.canonicalUrl(), p.authorHandle(),
                        p.caption(), p.createdAt(), p.createdApproximate(), stats, p.pinned()) : p)
                .toList());
        Map<String, byte[]> pages = new HashMap<>(postPages);
        pages.remove(postId);
        return new CaptureLibrary(source, creators, posts, derivedProfiles, profilePages, pages, commentBodies, blocked);
    }

    /** The captured {@code api/comment/list} body (the platform's own JSON, without any proxy envelope). */
    Optional<String> comments(String postId) {
        return Optional.ofNullable(commentBodies.get(postId));
    }
}
