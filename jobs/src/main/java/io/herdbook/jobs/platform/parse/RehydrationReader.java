package io.herdbook.jobs.platform.parse;

import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.ParsedPage.PostPage;
import io.herdbook.jobs.platform.ParsedPage.ProfilePage;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * 2024+ pages: {@code __UNIVERSAL_DATA_FOR_REHYDRATION__} = {@code {"__DEFAULT_SCOPE__": {...}}}. A
 * profile is in {@code webapp.user-detail}, a post in {@code webapp.video-detail} or, on the mobile
 * share layout, {@code webapp.reflow.video.detail}. Each scope carries its own {@code statusCode}.
 */
final class RehydrationReader {

    static final String SCOPES = "__DEFAULT_SCOPE__";
    private static final String USER_SCOPE = "webapp.user-detail";
    private static final List<String> POST_SCOPES = List.of("webapp.video-detail", "webapp.reflow.video.detail");
    /** The only members of {@link #SCOPES} this reader looks at; {@link DataScriptJson} leaves out the rest. */
    static final Set<String> DETAIL_SCOPES = Set.of(USER_SCOPE, POST_SCOPES.get(0), POST_SCOPES.get(1));

    private RehydrationReader() {
    }

    /** True for the rehydration root object. */
    static boolean accepts(JsonNode root) {
        return Json.isObject(root.get(SCOPES));
    }

    /** The page, or empty when no detail scope is present (only app context: a shell). */
    static Optional<ParsedPage> read(JsonNode root) {
        JsonNode scopes = root.path(SCOPES);
        JsonNode user = scopes.get(USER_SCOPE);
        if (Json.isObject(user)) {
            return Optional.of(ScopeStatus.check(user).map(ParsedPage.class::cast).orElseGet(() -> profile(user.path("userInfo"))));
        }
        for (String name : POST_SCOPES) {
            JsonNode scope = scopes.get(name);
            if (Json.isObject(scope)) {
                return Optional.of(ScopeStatus.check(scope).map(ParsedPage.class::cast).orElseGet(() -> post(scope, name)));
            }
        }
        return Optional.empty();
    }

    private static ParsedPage profile(JsonNode userInfo) {
        if (!Json.isObject(userInfo.get("user"))) {
            throw new UnreadableException(USER_SCOPE + " without userInfo.user");
        }
        var profile = UserReader.read(userInfo.get("user"), userInfo.get("stats"), userInfo.get("statsV2"));
        return new ProfilePage(profile, ItemReader.readAll(userInfo.get("itemList"), profile.handle()));
    }

    private static ParsedPage post(JsonNode scope, String name) {
        JsonNode item = scope.path("itemInfo").get("itemStruct");
        if (!Json.isObject(item)) {
            throw new UnreadableException(name + " without itemInfo.itemStruct");
        }
        return new PostPage(ItemReader.read(item, null));
    }
}
