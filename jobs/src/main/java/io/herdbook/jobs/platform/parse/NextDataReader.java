package io.herdbook.jobs.platform.parse;

import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.ParsedPage.PostPage;
import io.herdbook.jobs.platform.ParsedPage.ProfilePage;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * 2020-2021 pages: {@code __NEXT_DATA__}. A profile is {@code props.pageProps.userInfo} with its first
 * posts server-rendered in {@code props.pageProps.items}; a post is
 * {@code props.pageProps.itemInfo.itemStruct}; {@code props.pageProps.statusCode} is the status.
 */
final class NextDataReader {

    private NextDataReader() {
    }

    static boolean accepts(JsonNode root) {
        return Json.isObject(root.path("props").get("pageProps"));
    }

    static Optional<ParsedPage> read(JsonNode root) {
        JsonNode props = root.path("props").path("pageProps");
        Optional<ParsedPage> status = ScopeStatus.check(props).map(ParsedPage.class::cast);
        if (status.isPresent()) {
            return status;
        }
        JsonNode userInfo = props.get("userInfo");
        if (Json.isObject(userInfo) && Json.isObject(userInfo.get("user"))) {
            var profile = UserReader.read(userInfo.get("user"), userInfo.get("stats"), userInfo.get("statsV2"));
            return Optional.of(new ProfilePage(profile, ItemReader.readAll(props.get("items"), profile.handle())));
        }
        JsonNode item = props.path("itemInfo").get("itemStruct");
        if (Json.isObject(item)) {
            return Optional.of(new PostPage(ItemReader.read(item, null)));
        }
        return Optional.empty();
    }
}
