package io.herdbook.jobs.platform;

/**
 * A creator's profile as observed once. Counts are {@code null} when the payload did not carry them
 * (never zero for "unknown").
 *
 * @param handle          the unique id, without the {@code @}
 * @param platformUserId  the numeric user id as a string
 * @param secUid          the opaque id the post-list API takes
 * @param nickname        display name
 * @param followers       followerCount
 * @param following       followingCount
 * @param likesReceived   heartCount / heart: likes the creator's posts received (not diggCount, the likes they gave)
 * @param postCount       videoCount as the profile reports it (includes hidden posts)
 * @param privateAccount  the account is private
 * @param exactCounts     true only when followers, following, likes received and post count all came from
 *                        the exact {@code statsV2} strings
 */
public record CreatorProfile(
        String handle,
        String platformUserId,
        String secUid,
        String nickname,
        Long followers,
        Long following,
        Long likesReceived,
        Long postCount,
        boolean privateAccount,
        boolean exactCounts) {
}
