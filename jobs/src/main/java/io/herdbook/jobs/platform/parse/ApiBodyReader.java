package io.herdbook.jobs.platform.parse;

import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.ParsedPage.NoData;
import io.herdbook.jobs.platform.ParsedPage.PostListPage;
import io.herdbook.jobs.platform.ParsedPage.PostPage;
import io.herdbook.jobs.platform.ParsedPage.ProfilePage;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * JSON bodies: the web API ({@code api/user/detail}, {@code api/post/item_list},
 * {@code api/recommend/item_list}, {@code api/comment/list}, the old {@code item_list} and
 * {@code share/item/list}), oEmbed, and a page's data script saved as JSON. A provider envelope whose
 * payload is under {@code data} (RapidAPI {@code {"data":…}}, TikHub {@code {"code":200,"data":…}}) is
 * unwrapped first; then the body's own {@code statusCode} is checked.
 */
final class ApiBodyReader {

    private ApiBodyReader() {
    }

    /** The page, or empty when the JSON is in no shape we know. */
    static Optional<ParsedPage> read(JsonNode body) {
        if (!body.isObject()) {
            return Optional.empty();
        }
        Optional<ParsedPage> envelope = envelopeFailure(body);
        if (envelope.isPresent()) {
            return envelope;
        }
        JsonNode root = unwrap(body);
        if (RehydrationReader.accepts(root)) {
            return RehydrationReader.read(root);
        }
        if (SigiReader.accepts(root)) {
            return SigiReader.read(root);
        }
        if (NextDataReader.accepts(root)) {
            return NextDataReader.read(root);
        }
        if (OEmbedReader.accepts(root)) {
            return Optional.of(OEmbedReader.read(root));
        }
        Optional<ParsedPage> status = ScopeStatus.check(root).map(ParsedPage.class::cast);
        return status.isPresent() ? status : shape(root);
    }

    private static Optional<ParsedPage> shape(JsonNode root) {
        JsonNode userInfo = root.get("userInfo");
        if (Json.isObject(userInfo) && Json.isObject(userInfo.get("user"))) {
            var profile = UserReader.read(userInfo.get("user"), userInfo.get("stats"), userInfo.get("statsV2"));
            return Optional.of(new ProfilePage(profile, ItemReader.readAll(userInfo.get("itemList"), profile.handle())));
        }
        JsonNode item = root.path("itemInfo").get("itemStruct");
        if (Json.isObject(item)) {
            return Optional.of(new PostPage(ItemReader.read(item, null)));
        }
        if (CommentReader.accepts(root)) {
            return Optional.of(CommentReader.read(root));
        }
        if (LegacyShareListReader.accepts(root)) {
            return Optional.of(LegacyShareListReader.read(root));
        }
        if (isPostList(root)) {
            return Optional.of(postList(root));
        }
        return Optional.empty();
    }

    /**
     * {@code itemList} (2022+) or {@code items} (2021). The API leaves {@code itemList} out of an
     * empty page, so a body with {@code hasMore} and a cursor is a list page too. A hashtag page
     * ({@code challengeInfo}) is not read.
     */
    private static boolean isPostList(JsonNode root) {
        if (root.has("challengeInfo")) {
            return false; // a hashtag page: its itemList is not a creator's posts
        }
        return root.has("itemList") || root.path("items").isArray()
                || (root.has("hasMore") && (root.has("cursor") || root.has("maxCursor")));
    }

    private static ParsedPage postList(JsonNode root) {
        JsonNode items = root.has("itemList") ? root.get("itemList") : root.get("items");
        String cursor = Json.text(root.get("cursor"));
        cursor = cursor == null ? Json.text(root.get("maxCursor")) : cursor;
        return new PostListPage(ItemReader.readAll(items, null), cursor, Json.flag(root.get("hasMore")));
    }

    /** The payload under {@code data} when the body is a provider envelope, else the body itself. */
    static JsonNode unwrap(JsonNode body) {
        JsonNode data = body.get("data");
        boolean platformShape = body.has("statusCode") || body.has("userInfo") || body.has("itemList") || body.has("comments");
        return Json.isObject(data) && !platformShape ? data : body;
    }

    /** A provider envelope that reports its own failure and carries no payload. */
    private static Optional<ParsedPage> envelopeFailure(JsonNode body) {
        Long code = Counts.read(body.get("code"));
        if (code == null || code == 0 || code == 200 || Json.isObject(body.get("data"))) {
            return Optional.empty();
        }
        String message = Json.text(body.get("message"));
        Outcome outcome = code == 429 || code == 403 ? Outcome.BLOCKED : code == 404 ? Outcome.NOT_FOUND : Outcome.FAILED;
        return Optional.of(new NoData(outcome, "provider code " + code + (message == null ? "" : " (" + message + ")")));
    }
}
