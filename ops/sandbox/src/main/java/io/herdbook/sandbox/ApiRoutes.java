package io.herdbook.sandbox;

import io.herdbook.jobs.platform.CreatorProfile;
import io.herdbook.jobs.platform.PostData;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The platform's web API: {@code api/post/item_list}, {@code api/comment/list} and {@code oembed}.
 */
final class ApiRoutes {

    static final String ITEM_LIST = "/api/post/item_list";
    static final String COMMENT_LIST = "/api/comment/list";
    static final String OEMBED = "/oembed";
    /** The platform's page size limit for the post list. */
    static final int MAX_COUNT = 35;
    private static final Pattern POST_URL = Pattern.compile("/@([^/?#]+)/(video|photo)/(\\d+)");

    private final CaptureLibrary library;
    private final PageWriter writer;

    ApiRoutes(CaptureLibrary library, PageWriter writer) {
        this.library = library;
        this.writer = writer;
    }

    /** The post list's answer for a user that does not exist (any more), with the user status code. */
    static String goneUserList(int statusCode) {
        ObjectNode body = Json.object().put("statusCode", statusCode).put("statusMsg", "");
        body.putArray("itemList");
        return Json.write(body.put("hasMore", false).put("cursor", "0"));
    }

    String ownerOf(Request request) {
        return switch (route(request.path())) {
            case ITEM_LIST -> Optional.ofNullable(request.param("secUid"))
                    .flatMap(library::creatorBySecUid).map(CreatorProfile::handle).orElse(null);
            case COMMENT_LIST -> Optional.ofNullable(request.param("aweme_id")).flatMap(library::ownerOf).orElse(null);
            default -> null;
        };
    }

    /** {@code distortion} changes the listed posts (null: as they are); comments and oEmbed never change. */
    Optional<Reply> reply(Request request, Distortion distortion) {
        return switch (route(request.path())) {
            case ITEM_LIST -> Optional.of(itemList(request, distortion == null ? Distortion.NONE : distortion));
            case COMMENT_LIST -> Optional.of(comments(request));
            case OEMBED -> Optional.of(oembed(request));
            default -> Optional.empty();
        };
    }

    /** The platform accepts its API paths with or without a trailing slash. */
    private static String route(String path) {
        return path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    }

    /**
     * Newest first by {@code createdAt}; {@code cursor} is the {@code createTime} in ms of the last item
     * returned and the next page holds the items strictly older than it. Pinned posts are not moved to
     * the top (the platform does that) so that the cursor always moves backwards in time.
     */
    private Reply itemList(Request request, Distortion distortion) {
        Optional<CreatorProfile> creator = Optional.ofNullable(request.param("secUid")).flatMap(library::creatorBySecUid);
        if (creator.isEmpty()) {
            return Reply.json(goneUserList(PlatformRoutes.USER_NOT_FOUND));
        }
        int count = (int) Math.clamp(request.longParam("count", MAX_COUNT), 1, MAX_COUNT);
        long cursor = request.longParam("cursor", 0);
        List<PostData> older = library.posts(creator.get().handle()).stream()
                .filter(p -> cursor <= 0 || millis(p) < cursor)
                .toList();
        List<PostData> page = older.subList(0, Math.min(count, older.size()));
        ObjectNode body = Json.object().put("statusCode", 0);
        ArrayNode items = body.putArray("itemList");
        page.forEach(post -> items.add(writer.item(distortion.post().apply(post), creator.get(), false)));
        body.put("hasMore", older.size() > page.size());
        // An empty page keeps the cursor where it was, so a client sees that it did not move (CASES C4).
        body.put("cursor", page.isEmpty() ? Long.toString(Math.max(cursor, 0)) : Long.toString(millis(page.getLast())));
        return Reply.json(Json.write(body));
    }

    /** The cursor value of a post; a post without a time sorts last and is only on the first page. */
    private static long millis(PostData post) {
        return post.createdAt() == null ? 0 : post.createdAt().toEpochMilli();
    }

    /**
     * The captured first page of a post's comments, else an empty list. Only the first page was
     * captured, so a later cursor gets an empty last page instead of the first page again (which would
     * loop a client forever).
     */
    private Reply comments(Request request) {
        String postId = request.param("aweme_id");
        Optional<String> captured = postId == null ? Optional.empty() : library.comments(postId);
        if (captured.isPresent() && request.longParam("cursor", 0) <= 0) {
            return Reply.json(captured.get());
        }
        ObjectNode body = Json.object().put("status_code", 0);
        body.putArray("comments");
        body.put("cursor", Math.max(request.longParam("cursor", 0), 0)).put("has_more", 0).put("total", 0);
        return Reply.json(Json.write(body));
    }

    /** oEmbed carries caption, author and thumbnail, never stats, as on the platform. */
    private Reply oembed(Request request) {
        Matcher m = POST_URL.matcher(Optional.ofNullable(request.param("url")).orElse(""));
        Optional<PostData> post = m.find() ? library.post(m.group(3)) : Optional.empty();
        if (post.isEmpty()) {
            return Reply.json(400, Json.write(Json.object().put("code", 400).put("message", "Something went wrong").put("data", "")));
        }
        PostData p = post.get();
        String handle = library.ownerOf(p.id()).orElse(p.authorHandle());
        String nickname = library.creator(handle).map(CreatorProfile::nickname).orElse(handle);
        ObjectNode body = Json.object()
                .put("version", "1.0").put("type", "video")
                .put("title", p.caption() == null ? "" : p.caption())
                .put("author_url", PageWriter.ORIGIN + "/@" + handle)
                .put("author_name", nickname)
                .put("provider_name", "TikTok").put("provider_url", PageWriter.ORIGIN)
                .put("html", "<blockquote class=\"tiktok-embed\" cite=\"" + PageWriter.canonicalUrl(p) + "\" data-video-id=\""
                        + p.id() + "\"><section></section></blockquote>")
                .put("author_unique_id", handle)
                .put("embed_product_id", p.id())
                .put("embed_type", "video");
        return Reply.json(Json.write(body));
    }
}
