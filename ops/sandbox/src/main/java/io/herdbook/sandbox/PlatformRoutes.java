package io.herdbook.sandbox;

import io.herdbook.jobs.platform.CreatorProfile;
import io.herdbook.jobs.platform.PostData;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform's own pages: {@code /@handle} and {@code /@handle/video|photo/id}. A captured page is
 * served byte for byte; anything else known is generated; anything unknown gets the platform's own
 * "not found" answer, an HTTP 200 page whose scope {@code statusCode} says so (10221 user, 10204 item).
 */
final class PlatformRoutes {

    static final Pattern PROFILE = Pattern.compile("^/@([^/]+)/?$");
    static final Pattern POST = Pattern.compile("^/@([^/]+)/(video|photo)/(\\d+)/?$");
    static final int USER_NOT_FOUND = 10221;
    static final int ITEM_NOT_FOUND = 10204;

    private final CaptureLibrary library;
    private final PageWriter writer = new PageWriter();
    private final ApiRoutes api;

    PlatformRoutes(CaptureLibrary library) {
        this.library = library;
        this.api = new ApiRoutes(library, writer);
    }

    /** The creator a request belongs to, for per-handle faults; null when none does. */
    String ownerOf(Request request) {
        Matcher m = PROFILE.matcher(request.path());
        if (m.matches()) {
            return m.group(1);
        }
        m = POST.matcher(request.path());
        if (m.matches()) {
            return m.group(1);
        }
        return api.ownerOf(request);
    }

    Reply reply(Request request) {
        return reply(request, null);
    }

    /** The same routes with every page generated, never captured, from data changed by {@code distortion}. */
    Reply distorted(Request request, Distortion distortion) {
        return reply(request, java.util.Objects.requireNonNull(distortion, "distortion"));
    }

    /** {@code distortion} null: the platform as it is, captured pages byte for byte. */
    private Reply reply(Request request, Distortion distortion) {
        if (!request.method().equals("GET")) {
            return Reply.notFound();
        }
        Matcher profile = PROFILE.matcher(request.path());
        if (profile.matches()) {
            return profile(profile.group(1), distortion);
        }
        Matcher post = POST.matcher(request.path());
        if (post.matches()) {
            return post(post.group(1), post.group(2), post.group(3), distortion);
        }
        return api.reply(request, distortion).orElseGet(Reply::notFound);
    }

    private Reply profile(String handle, Distortion distortion) {
        Optional<byte[]> captured = distortion == null ? library.profilePage(handle) : Optional.empty();
        if (captured.isPresent()) {
            return Reply.of(200, Reply.HTML, captured.get());
        }
        return library.creator(handle)
                .map(creator -> distortion == null ? creator : distortion.profile().apply(creator))
                .map(creator -> Reply.html(writer.profilePage(creator)))
                .orElseGet(() -> Reply.html(writer.notFoundPage("webapp.user-detail", USER_NOT_FOUND, PageWriter.ORIGIN + "/@" + handle)));
    }

    /** The id decides: like the platform, a post page is found whichever handle or kind the URL names. */
    private Reply post(String handle, String segment, String id, Distortion distortion) {
        Optional<byte[]> captured = distortion == null ? library.postPage(id) : Optional.empty();
        if (captured.isPresent()) {
            return Reply.of(200, Reply.HTML, captured.get());
        }
        Optional<PostData> post = library.post(id);
        if (post.isEmpty()) {
            String canonical = PageWriter.ORIGIN + "/@" + handle + "/" + segment + "/" + id;
            return Reply.html(writer.notFoundPage("webapp.video-detail", ITEM_NOT_FOUND, canonical));
        }
        CreatorProfile author = library.ownerOf(id).flatMap(library::creator).orElse(null);
        PostData served = distortion == null ? post.get() : distortion.post().apply(post.get());
        return Reply.html(writer.postPage(served, author));
    }
}
