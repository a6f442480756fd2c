package io.herdbook.sandbox;

import io.herdbook.jobs.platform.CreatorProfile;
import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.platform.PostKind;
import io.herdbook.jobs.platform.PostStats;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes pages and items in the platform's current format (2024-2026 {@code __UNIVERSAL_DATA_FOR_REHYDRATION__}
 * pages, web-API items) from the model types, so that the parser reads back exactly the values given.
 *
 * <p>Round-trip rules: exact counts are written as {@code statsV2} strings (and, as on the platform,
 * display-rounded ints in {@code stats}, see {@link DisplayRounding}); counts that were not exact are written only as {@code stats} ints; unknown counts
 * and captions are left out rather than written as 0 or ""; an approximate creation time (derived
 * from the id) is written as no {@code createTime} at all.
 */
final class PageWriter {

    static final String ORIGIN = "https://www.tiktok.com";

    String profilePage(CreatorProfile creator) {
        ObjectNode scope = Json.object();
        ObjectNode detail = scope.putObject("webapp.user-detail");
        detail.put("statusCode", 0);
        detail.put("statusMsg", "");
        ObjectNode info = detail.putObject("userInfo");
        info.set("user", user(creator, true));
        writeCounts(info, creator);
        info.putArray("itemList");
        String canonical = ORIGIN + "/@" + creator.handle();
        scope.putObject("seo.abtest").put("canonical", canonical);
        return page(title(creator) + " | TikTok", canonical, scope);
    }

    String postPage(PostData post, CreatorProfile author) {
        ObjectNode scope = Json.object();
        ObjectNode detail = scope.putObject("webapp.video-detail");
        detail.put("statusCode", 0);
        detail.put("statusMsg", "");
        detail.putObject("itemInfo").set("itemStruct", item(post, author, true));
        String canonical = post.canonicalUrl() != null ? post.canonicalUrl() : canonicalUrl(post);
        scope.putObject("seo.abtest").put("canonical", canonical);
        return page("TikTok - Make Your Day", canonical, scope);
    }

    /** A private account as a stranger sees it: status 10222, {@code privateAccount}, no posts, zero counts. */
    String privateProfilePage(String handle) {
        ObjectNode scope = Json.object();
        ObjectNode detail = scope.putObject("webapp.user-detail");
        detail.put("statusCode", FaultResponder.PRIVATE_ACCOUNT);
        detail.put("statusMsg", "");
        ObjectNode info = detail.putObject("userInfo");
        info.putObject("user").put("uniqueId", handle).put("privateAccount", true).put("secret", true);
        info.putObject("stats").put("followerCount", 0).put("followingCount", 0).put("heartCount", 0).put("videoCount", 0);
        info.putArray("itemList");
        String canonical = ORIGIN + "/@" + handle;
        scope.putObject("seo.abtest").put("canonical", canonical);
        return page(handle + " | TikTok", canonical, scope);
    }

    /** The platform answers a missing account or post with HTTP 200 and a status code in the scope. */
    String notFoundPage(String scopeName, int statusCode, String canonical) {
        ObjectNode scope = Json.object();
        ObjectNode detail = scope.putObject(scopeName);
        detail.put("statusCode", statusCode);
        detail.put("statusMsg", "");
        scope.putObject("seo.abtest").put("canonical", canonical);
        return page("TikTok - Make Your Day", canonical, scope);
    }

    /**
     * One post as the web API and the post page carry it. {@code createTime} is a string in pages and a
     * number in API bodies, as on the platform.
     */
    ObjectNode item(PostData post, CreatorProfile author, boolean createTimeAsString) {
        ObjectNode item = Json.object();
        item.put("id", post.id());
        if (post.caption() != null) {
            item.put("desc", post.caption());
        }
        if (!post.createdApproximate() && post.createdAt() != null) {
            long seconds = post.createdAt().getEpochSecond();
            if (createTimeAsString) {
                item.put("createTime", Long.toString(seconds));
            } else {
                item.put("createTime", seconds);
            }
        }
        item.set("author", author != null ? user(author, false) : Json.object().put("uniqueId", post.authorHandle()));
        writeStats(item, post.stats());
        item.put("isPinnedItem", post.pinned());
        ObjectNode video = item.putObject("video");
        video.put("id", post.id());
        if (post.kind() == PostKind.VIDEO && post.coverUrl() != null) {
            video.put("cover", post.coverUrl());
        }
        if (post.kind() == PostKind.PHOTO) {
            video.put("duration", 0).put("width", 0).put("height", 0);
            item.set("imagePost", imagePost(post));
        }
        return item;
    }

    static String canonicalUrl(PostData post) {
        return ORIGIN + "/@" + post.authorHandle() + "/" + post.kind().pathSegment() + "/" + post.id();
    }

    private static ObjectNode user(CreatorProfile creator, boolean withPrivacy) {
        ObjectNode user = Json.object();
        if (creator.platformUserId() != null) {
            user.put("id", creator.platformUserId());
        }
        user.put("uniqueId", creator.handle());
        if (creator.nickname() != null) {
            user.put("nickname", creator.nickname());
        }
        if (creator.secUid() != null) {
            user.put("secUid", creator.secUid());
        }
        if (withPrivacy) {
            user.put("privateAccount", creator.privateAccount());
        }
        return user;
    }

    private static void writeCounts(ObjectNode info, CreatorProfile c) {
        ObjectNode stats = info.putObject("stats");
        ObjectNode exact = c.exactCounts() ? info.putObject("statsV2") : null;
        count(stats, exact, "followerCount", c.followers());
        count(stats, exact, "followingCount", c.following());
        // heart and heartCount are the likes the creator received; diggCount (likes given) is not modelled.
        count(stats, exact, "heart", c.likesReceived());
        count(stats, exact, "heartCount", c.likesReceived());
        count(stats, exact, "videoCount", c.postCount());
    }

    private static void writeStats(ObjectNode item, PostStats s) {
        if (s == null) {
            return;
        }
        ObjectNode stats = item.putObject("stats");
        ObjectNode exact = s.exact() ? item.putObject("statsV2") : null;
        count(stats, exact, "playCount", s.views());
        count(stats, exact, "diggCount", s.likes());
        count(stats, exact, "commentCount", s.comments());
        count(stats, exact, "shareCount", s.shares());
        count(stats, exact, "collectCount", s.saves());
    }

    /**
     * One counter. Beside exact strings the integers are display-rounded, as the platform writes them
     * (CASES C2), so that a reader preferring the integers would be caught; without exact strings the
     * integers are the value itself.
     */
    private static void count(ObjectNode ints, ObjectNode strings, String name, Long value) {
        if (value == null) {
            return;
        }
        ints.put(name, strings != null ? DisplayRounding.round(value) : value);
        if (strings != null) {
            strings.put(name, Long.toString(value));
        }
    }

    private static ObjectNode imagePost(PostData post) {
        ObjectNode imagePost = Json.object();
        ArrayNode images = imagePost.putArray("images");
        for (int i = 1; i <= post.imageCount(); i++) {
            ObjectNode image = images.addObject();
            image.putObject("imageURL").putArray("urlList").add(imageUrl(post, i));
            image.put("imageWidth", 1080);
            image.put("imageHeight", 1440);
        }
        // The cover the post has, so that a served page parses back to the same post (none where the library has none).
        if (post.coverUrl() != null) {
            imagePost.putObject("cover").putObject("imageURL").putArray("urlList").add(post.coverUrl());
        }
        imagePost.put("title", "");
        return imagePost;
    }

    private static String imageUrl(PostData post, int slide) {
        return "https://p16-sign.tiktokcdn.com/sandbox-photomode/" + post.id() + "-" + slide + ".jpeg";
    }

    private static String title(CreatorProfile c) {
        return (c.nickname() != null ? c.nickname() + " " : "") + "(@" + c.handle() + ")";
    }

    private static String page(String title, String canonical, ObjectNode scope) {
        ObjectNode root = Json.object();
        root.set("__DEFAULT_SCOPE__", scope);
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title><link rel=\"canonical\" href=\"" + escape(canonical) + "\"></head><body><div id=\"app\"></div>"
                + "<script id=\"__UNIVERSAL_DATA_FOR_REHYDRATION__\" type=\"application/json\">" + Json.forScript(root)
                + "</script></body></html>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
