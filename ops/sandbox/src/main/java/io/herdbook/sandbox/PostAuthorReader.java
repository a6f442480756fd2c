package io.herdbook.sandbox;

import io.herdbook.jobs.platform.CreatorProfile;
import java.util.Optional;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * Reads the author of a captured post page into a {@link CreatorProfile}: the parser's
 * {@code PostPage} carries only the post, but the page also carries its author (id, secUid, nickname)
 * and, in most eras, the author's counts. This adapter lives in the sandbox because only the sandbox
 * needs to serve a profile for an author it has no profile page of.
 *
 * <p>Counts come from {@code authorStatsV2} (exact) when present, else {@code authorStats} or the
 * SIGI {@code UserModule.stats} (display-rounded ints); absent counts stay null.
 */
final class PostAuthorReader {

    Optional<CreatorProfile> read(String pageText, String handle) {
        return Json.dataScript(pageText).flatMap(data -> item(data).map(item -> profile(data, item, handle)));
    }

    /** The post object in any of the three eras' layouts. */
    private static Optional<JsonNode> item(JsonNode data) {
        JsonNode scope = data.path("__DEFAULT_SCOPE__");
        for (String name : new String[] {"webapp.video-detail", "webapp.reflow.video.detail"}) {
            JsonNode struct = scope.path(name).path("itemInfo").path("itemStruct");
            if (struct.isObject()) {
                return Optional.of(struct);
            }
        }
        JsonNode next = data.path("props").path("pageProps").path("itemInfo").path("itemStruct");
        if (next.isObject()) {
            return Optional.of(next);
        }
        JsonNode sigi = data.path("ItemModule");
        return StreamSupport.stream(sigi.values().spliterator(), false).filter(JsonNode::isObject).findFirst();
    }

    private static CreatorProfile profile(JsonNode data, JsonNode item, String handle) {
        JsonNode author = item.path("author").isObject() ? item.path("author") : data.path("UserModule").path("users").path(handle);
        JsonNode exact = item.get("authorStatsV2");
        JsonNode stats = exact != null ? exact : firstObject(item.get("authorStats"), data.path("UserModule").path("stats").get(handle));
        return new CreatorProfile(
                handle,
                firstText(Json.text(author, "id"), Json.text(item, "authorId")),
                firstText(Json.text(author, "secUid"), Json.text(item, "authorSecId")),
                firstText(Json.text(author, "nickname"), Json.text(item, "nickname")),
                Json.count(stats, "followerCount"),
                Json.count(stats, "followingCount"),
                Json.count(stats, "heartCount", "heart"),
                Json.count(stats, "videoCount"),
                author.path("privateAccount").asBoolean(false),
                exact != null);
    }

    private static JsonNode firstObject(JsonNode first, JsonNode second) {
        return first != null && first.isObject() ? first : second;
    }

    private static String firstText(String first, String second) {
        return first != null ? first : second;
    }
}
