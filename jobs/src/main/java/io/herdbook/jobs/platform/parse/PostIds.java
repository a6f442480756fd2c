package io.herdbook.jobs.platform.parse;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Post (and comment) ids: unsigned 64-bit decimal strings whose upper 32 bits are the Unix second the
 * upload started, a few seconds to minutes before {@code createTime}. Ids pass 2^63 in 2038, so they
 * are parsed unsigned and shifted with {@code >>>}.
 */
final class PostIds {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,20}");

    private PostIds() {
    }

    /** True when {@code id} is an unsigned 64-bit decimal number. */
    static boolean isValid(String id) {
        if (id == null || !DIGITS.matcher(id).matches()) {
            return false;
        }
        try {
            Long.parseUnsignedLong(id);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The id itself or {@link UnreadableException} when it is not a valid id. */
    static String require(String id, String what) {
        if (!isValid(id)) {
            throw new UnreadableException(what + " has no valid id: " + id);
        }
        return id;
    }

    /** The lower bound of the creation time encoded in a valid id. */
    static Instant createdLowerBound(String id) {
        return Instant.ofEpochSecond(Long.parseUnsignedLong(id) >>> 32);
    }
}
