package io.herdbook.jobs.platform.parse;

import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.ParsedPage.PostListPage;
import io.herdbook.jobs.platform.ParsedPage.PostPage;
import io.herdbook.jobs.platform.ParsedPage.ProfilePage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * 2022-2023 pages: {@code SIGI_STATE}. Posts are a map {@code ItemModule[id]} ordered by
 * {@code ItemList[<list>].list}; users are {@code UserModule.users[uniqueId]} with counts in
 * {@code UserModule.stats[uniqueId]}; {@code UserPage} or {@code VideoPage} carry the status.
 */
final class SigiReader {

    /** The state's translation tables, most of a SIGI page's JSON; no reader looks at them ({@link DataScriptJson}). */
    static final String TRANSLATIONS = "I18n";

    private SigiReader() {
    }

    static boolean accepts(JsonNode root) {
        return root.has("ItemModule") || root.has("UserModule") || root.has("UserPage") || root.has("VideoPage");
    }

    static Optional<ParsedPage> read(JsonNode root) {
        JsonNode userPage = root.get("UserPage");
        if (Json.isObject(userPage)) {
            return Optional.of(ScopeStatus.check(userPage).map(ParsedPage.class::cast).orElseGet(() -> profile(root, userPage)));
        }
        JsonNode videoPage = root.get("VideoPage");
        if (Json.isObject(videoPage)) {
            return Optional.of(ScopeStatus.check(videoPage).map(ParsedPage.class::cast).orElseGet(() -> post(root)));
        }
        List<PostData> feed = ordered(root, "foryou");
        return feed.isEmpty() ? Optional.empty() : Optional.of(new PostListPage(feed, null, root.path("ItemList").path("foryou").path("hasMore").asBoolean(false)));
    }

    private static ParsedPage profile(JsonNode root, JsonNode userPage) {
        String handle = Json.text(userPage.get("uniqueId"));
        JsonNode users = root.path("UserModule").path("users");
        if (handle == null && users.size() == 1) {
            handle = users.propertyNames().iterator().next();
        }
        JsonNode user = handle == null ? null : users.get(handle);
        if (!Json.isObject(user)) {
            throw new UnreadableException("SIGI_STATE UserPage without UserModule.users entry");
        }
        JsonNode stats = root.path("UserModule").path("stats").get(handle);
        JsonNode statsV2 = root.path("UserModule").path("statsV2").get(handle);
        return new ProfilePage(UserReader.read(user, stats, statsV2), ordered(root, "user-post"));
    }

    private static ParsedPage post(JsonNode root) {
        JsonNode items = root.path("ItemModule");
        List<PostData> listed = ordered(root, "video");
        if (!listed.isEmpty()) {
            return new PostPage(listed.get(0));
        }
        if (items.size() == 1) {
            return new PostPage(ItemReader.read(items.values().iterator().next(), null));
        }
        throw new UnreadableException("SIGI_STATE VideoPage with " + items.size() + " items and no ItemList.video");
    }

    /** The posts of {@code ItemList[list].list}, in that order, skipping ids missing from ItemModule. */
    private static List<PostData> ordered(JsonNode root, String list) {
        JsonNode items = root.path("ItemModule");
        List<PostData> posts = new ArrayList<>();
        for (JsonNode id : root.path("ItemList").path(list).path("list")) {
            JsonNode item = items.get(id.asString());
            if (Json.isObject(item)) {
                posts.add(ItemReader.read(item, null));
            }
        }
        return posts;
    }
}
