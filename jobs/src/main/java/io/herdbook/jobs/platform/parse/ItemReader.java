package io.herdbook.jobs.platform.parse;

import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.platform.PostKind;
import io.herdbook.jobs.platform.PostStats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads one post object ({@code itemStruct}, an {@code itemList[]} entry or a SIGI {@code ItemModule}
 * value). Kind comes from the payload: {@code imagePost} present means a photo carousel. Stats prefer
 * the exact {@code statsV2} strings per field over the display-rounded {@code stats} integers.
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
        Long createTime = Counts.read(item.get("createTime"));
        boolean approximate = createTime == null || createTime == 0;
        Instant createdAt = approximate ? PostIds.createdLowerBound(id) : Instant.ofEpochSecond(createTime);
        String caption = Json.text(item.get("desc"));
        return new PostData(id, kind, images, PostUrls.canonical(handle, kind, id), handle, caption == null ? "" : caption,
                createdAt, approximate, stats(item.get("stats"), item.get("statsV2")), Json.flag(item.get("isPinnedItem")));
    }

    /**
     * The counters; null when views, likes, comments or shares are unknown in both sources, because
     * {@link PostStats} cannot say "unknown" for them and a made-up zero would be written as data.
     */
    static PostStats stats(JsonNode stats, JsonNode statsV2) {
        JsonNode exact = Json.isObject(statsV2) ? statsV2 : null;
        JsonNode rounded = Json.isObject(stats) ? stats : null;
        Long views = Counts.first("playCount", exact, rounded);
        Long likes = Counts.first("diggCount", exact, rounded);
        Long comments = Counts.first("commentCount", exact, rounded);
        Long shares = Counts.first("shareCount", exact, rounded);
        if (views == null || likes == null || comments == null || shares == null) {
            return null;
        }
        return new PostStats(views, likes, comments, shares, Counts.first("collectCount", exact, rounded), exact != null);
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
