package io.herdbook.jobs.platform.parse;

import io.herdbook.jobs.platform.CreatorProfile;
import tools.jackson.databind.JsonNode;

/**
 * Reads a creator from its user object and counters. Likes received are {@code heartCount} (or
 * {@code heart}), never {@code diggCount}, which counts the likes the creator gave. User-level
 * {@code statsV2} (exact strings, 2026+) wins per field over the rounded {@code stats}.
 */
final class UserReader {

    private UserReader() {
    }

    static CreatorProfile read(JsonNode user, JsonNode stats, JsonNode statsV2) {
        JsonNode exact = Json.isObject(statsV2) ? statsV2 : null;
        JsonNode rounded = Json.isObject(stats) ? stats : null;
        String handle = Json.text(user.get("uniqueId"));
        if (handle == null || handle.isBlank()) {
            throw new UnreadableException("profile without uniqueId");
        }
        Long likes = Counts.first("heartCount", exact, rounded);
        if (likes == null) {
            likes = Counts.first("heart", exact, rounded);
        }
        boolean privateAccount = Json.flag(user.get("privateAccount")) || Json.flag(user.get("secret"));
        return new CreatorProfile(handle, Json.text(user.get("id")), Json.text(user.get("secUid")), Json.text(user.get("nickname")),
                Counts.first("followerCount", exact, rounded), Counts.first("followingCount", exact, rounded), likes,
                Counts.first("videoCount", exact, rounded), privateAccount, exact != null);
    }
}
