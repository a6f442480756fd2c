package io.herdbook.jobs.platform.parse;

import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.ParsedPage.PostPage;
import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.platform.PostKind;
import tools.jackson.databind.JsonNode;

/**
 * oEmbed bodies: caption ({@code title}), author, id ({@code embed_product_id}) and cover ({@code thumbnail_url}) only. They never
 * carry stats or a creation time, so stats are null and the time is the id's lower bound.
 */
final class OEmbedReader {

    private OEmbedReader() {
    }

    static boolean accepts(JsonNode root) {
        return root.has("embed_product_id") && root.has("embed_type");
    }

    static ParsedPage read(JsonNode root) {
        String id = PostIds.require(Json.text(root.get("embed_product_id")), "oembed");
        PostKind kind = "photo".equalsIgnoreCase(Json.text(root.get("embed_type"))) ? PostKind.PHOTO : PostKind.VIDEO;
        String handle = Json.text(root.get("author_unique_id"));
        String title = Json.text(root.get("title"));
        String thumbnail = Json.text(root.get("thumbnail_url"));
        return new PostPage(new PostData(id, kind, 0, PostUrls.canonical(handle, kind, id), handle, title == null ? "" : title,
                PostIds.createdLowerBound(id), true, null, false, thumbnail == null || thumbnail.isBlank() ? null : thumbnail));
    }
}
