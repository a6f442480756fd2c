package io.herdbook.jobs.platform.parse;

import io.herdbook.jobs.platform.CommentData;
import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.ParsedPage.CommentListPage;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code api/comment/list} (snake_case): {@code comments[]} (null when there are none), {@code has_more}
 * as the int 1/0, {@code cursor} as an int and {@code total}.
 */
final class CommentReader {

    private CommentReader() {
    }

    static boolean accepts(JsonNode root) {
        return root.has("comments") && (root.has("has_more") || root.has("cursor") || root.has("total"));
    }

    static ParsedPage read(JsonNode root) {
        List<CommentData> comments = new ArrayList<>();
        for (JsonNode comment : root.path("comments")) {
            comments.add(comment(comment));
        }
        return new CommentListPage(comments, Json.text(root.get("cursor")), Json.flag(root.get("has_more")), Counts.read(root.get("total")));
    }

    private static CommentData comment(JsonNode c) {
        String id = PostIds.require(Json.text(c.get("cid")), "comment");
        Long created = Counts.read(c.get("create_time"));
        String text = Json.text(c.get("text"));
        JsonNode images = c.get("image_list");
        return new CommentData(id, Json.text(c.get("aweme_id")), Json.text(c.path("user").get("unique_id")), text == null ? "" : text,
                images != null && images.isArray() ? images.size() : 0,
                CreationTime.of(id, created).at(),
                orZero(Counts.read(c.get("digg_count"))), orZero(Counts.read(c.get("reply_comment_total"))));
    }

    /** Comment counters only rank a sample; an unreadable one counts as 0 there. */
    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
