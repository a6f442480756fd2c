package io.herdbook.jobs.platform.parse;

import io.herdbook.jobs.platform.CreatorProfile;
import tools.jackson.databind.JsonNode;

/**
 * Reads a creator from its user object and counters. Likes received are {@code heartCount} (or
 * {@code heart}), never {@code diggCount}, which counts the likes the creator gave. User-level
 * {@code statsV2} (exact strings, 2026+) wins per field over the rounded {@code stats}, and an exact
 * {@code heart} beats a rounded {@code heartCount} ({@link ExactFirstCounts}).
 */
final class UserReader {

    private UserReader() {
    }

    /** The creator; its counts are exact only when followers, following, likes received and posts all came from statsV2. */
    static CreatorProfile read(JsonNode user, JsonNode stats, JsonNode statsV2) {
        String handle = Json.text(user.get("uniqueId"));
        if (handle == null || handle.isBlank()) {
            throw new UnreadableException("profile without uniqueId");
        }
        ExactFirstCounts counts = new ExactFirstCounts(statsV2, stats);
        Long followers = counts.main("followerCount");
        Long following = counts.main("followingCount");
        Long likesReceived = counts.main("heartCount", "heart");
        Long posts = counts.main("videoCount");
        boolean privateAccount = Json.flag(user.get("privateAccount")) || Json.flag(user.get("secret"));
        return new CreatorProfile(handle, Json.text(user.get("id")), Json.text(user.get("secUid")), Json.text(user.get("nickname")),
                followers, following, likesReceived, posts, privateAccount, counts.allExact());
    }
}
