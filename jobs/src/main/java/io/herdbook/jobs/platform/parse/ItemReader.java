package io.herdbook.jobs.platform.parse;

import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.platform.PostKind;
import io.herdbook.jobs.platform.PostStats;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads one post object ({@code itemStruct}, an {@code itemList[]} entry or a SIGI {@code ItemModule}
 * value). Kind comes from the payload: {@code imagePost} present means a photo carousel. Stats prefer
 * the exact {@code statsV2} strings per field over the display-rounded {@code stats} integers
 * ({@link ExactFirstCounts}); the creation time is checked against the id ({@link CreationTime}).
 */
final class ItemReader {

    private ItemReader() {
    }

    /** Reads every post of an array node (absent or null means none). */
    static List<PostData> readAll(JsonNode items, String fallbackHandle) {
        List<PostData> posts = new ArrayList<>();
        if (items != null && items.isArray()) {
            items.forEach(item -> posts.add(read(item, fallbackHandle)));
        }
        return posts;
    }

    /** Reads one post; {@code fallbackHandle} is used when the item names no author. */
    static PostData read(JsonNode item, String fallbackHandle) {
        String id = PostIds.require(Json.text(item.get("id")), "post");
        JsonNode imagePost = item.get("imagePost");
        boolean photo = Json.isObject(imagePost);
        PostKind kind = photo ? PostKind.PHOTO : PostKind.VIDEO;
        int images = photo ? imagePost.path("images").size() : 0;
        String handle = handle(item.get("author"));
        handle = handle == null ? fallbackHandle : handle;
        CreationTime created = CreationTime.of(id, Counts.read(item.get("createTime")));
        String caption = Json.text(item.get("desc"));
        return new PostData(id, kind, images, PostUrls.canonical(handle, kind, id), handle, caption == null ? "" : caption,
                created.at(), created.approximate(), stats(item.get("stats"), item.get("statsV2")), Json.flag(item.get("isPinnedItem")),
                cover(item, imagePost, photo));
    }

    /**
     * The cover image: a photo post's {@code imagePost.cover}, else {@code video.cover} (a photo post's first slide),
     * else {@code video.originCover}; null when none is a non-blank string.
     */
    private static String cover(JsonNode item, JsonNode imagePost, boolean photo) {
        if (photo) {
            String slide = nonBlank(Json.text(imagePost.path("cover").path("imageURL").path("urlList").path(0)));
            if (slide != null) {
                return slide;
            }
        }
        JsonNode video = item.path("video");
        String cover = nonBlank(Json.text(video.get("cover")));
        return cover != null ? cover : nonBlank(Json.text(video.get("originCover")));
    }

    private static String nonBlank(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /**
     * The counters; null when views, likes, comments or shares are unknown in both sources, because
     * {@link PostStats} cannot say "unknown" for them and a made-up zero would be written as data.
     * Exact only when all four of those came from {@code statsV2}; saves do not decide it.
     */
    static PostStats stats(JsonNode stats, JsonNode statsV2) {
        ExactFirstCounts counts = new ExactFirstCounts(statsV2, stats);
        Long views = counts.main("playCount");
        Long likes = counts.main("diggCount");
        Long comments = counts.main("commentCount");
        Long shares = counts.main("shareCount");
        if (views == null || likes == null || comments == null || shares == null) {
            return null;
        }
        return new PostStats(views, likes, comments, shares, counts.secondary("collectCount"), counts.allExact());
    }

    /** The author's handle: SIGI stores it as a plain string, everything else as {@code author.uniqueId}. */
    private static String handle(JsonNode author) {
        if (author == null || author.isNull() || author.isMissingNode()) {
            return null;
        }
        String handle = author.isObject() ? Json.text(author.get("uniqueId")) : Json.text(author);
        return handle == null || handle.isBlank() ? null : handle;
    }
}
