package io.herdbook.jobs.platform.parse;

import java.math.BigInteger;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Lenient reading of platform counters: a JSON number or a numeric string, stored as a 64-bit long.
 * A negative value (an int32 that wrapped around past 2^31), a fraction, a non-numeric string or a
 * value past {@link Long#MAX_VALUE} is unknown ({@code null}), never a number.
 */
final class Counts {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,19}");

    private Counts() {
    }

    /** The count in {@code node}, or null when absent or unreadable. */
    static Long read(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return fromBig(node.bigIntegerValue());
        }
        if (node.isNumber()) {
            double value = node.asDouble();
            return value >= 0 && value == Math.rint(value) && value < 0x1p63 ? (long) value : null;
        }
        if (node.isString()) {
            return parse(node.asString().trim());
        }
        return null;
    }

    /** A decimal string as a count, or null. */
    static Long parse(String text) {
        if (text == null || !DIGITS.matcher(text).matches()) {
            return null;
        }
        return fromBig(new BigInteger(text));
    }

    private static Long fromBig(BigInteger value) {
        return value.signum() < 0 || value.bitLength() > 63 ? null : value.longValue();
    }
}
