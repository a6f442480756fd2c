package io.herdbook.jobs.platform.parse;

import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.ParsedPage.PostListPage;
import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.platform.PostKind;
import io.herdbook.jobs.platform.PostStats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The 2020 {@code share/item/list} body: {@code body.itemListData[]}, each with {@code itemInfos} (id,
 * {@code text}, string {@code createTime} and the counters inline) and {@code authorInfos.uniqueId}.
 */
final class LegacyShareListReader {

    private LegacyShareListReader() {
    }

    static boolean accepts(JsonNode root) {
        return root.path("body").path("itemListData").isArray();
    }

    static ParsedPage read(JsonNode root) {
        JsonNode body = root.path("body");
        List<PostData> posts = new ArrayList<>();
        for (JsonNode entry : body.path("itemListData")) {
            posts.add(post(entry.path("itemInfos"), Json.text(entry.path("authorInfos").get("uniqueId"))));
        }
        return new PostListPage(posts, Json.text(body.get("maxCursor")), Json.flag(body.get("hasMore")));
    }

    private static PostData post(JsonNode info, String handle) {
        String id = PostIds.require(Json.text(info.get("id")), "share list item");
        Long created = Counts.read(info.get("createTime"));
        boolean approximate = created == null || created == 0;
        PostStats stats = ItemReader.stats(info, null);
        String text = Json.text(info.get("text"));
        return new PostData(id, PostKind.VIDEO, 0, PostUrls.canonical(handle, PostKind.VIDEO, id), handle, text == null ? "" : text,
                approximate ? PostIds.createdLowerBound(id) : Instant.ofEpochSecond(created), approximate, stats, false);
    }
}
