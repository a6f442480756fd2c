package io.herdbook.jobs.platform.parse;

import java.time.Instant;

/**
 * When a post or comment was created. The id's upper 32 bits are the second its upload started, a few
 * seconds to minutes before {@code createTime} (never after, in every capture checked: SOURCES.md,
 * "Post ID and creation time"). So a {@code createTime} that is absent, zero, earlier than the id's
 * time or no instant at all cannot be the creation time (a share link's {@code timestamp}, say, was
 * pasted in its place): the id's time is used instead, flagged approximate.
 *
 * @param at          the creation time
 * @param approximate true when {@code at} is the id's time rather than {@code createTime}
 */
record CreationTime(Instant at, boolean approximate) {

    static CreationTime of(String validId, Long createTime) {
        Instant idTime = PostIds.createdLowerBound(validId);
        // 0 is how some payloads say "unknown"; it is checked apart so an id of the first second cannot make it exact.
        if (createTime == null || createTime == 0 || createTime < idTime.getEpochSecond() || createTime > Instant.MAX.getEpochSecond()) {
            return new CreationTime(idTime, true);
        }
        return new CreationTime(Instant.ofEpochSecond(createTime), false);
    }
}
