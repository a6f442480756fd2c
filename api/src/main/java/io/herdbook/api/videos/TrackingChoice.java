package io.herdbook.api.videos;

/** The tracking statuses a caller may set by hand; PENDING is discovery's, EXPIRED the tracking window's. */
final class TrackingChoice {

    private TrackingChoice() {
    }

    /** @throws IllegalArgumentException naming the settable values */
    static String parse(String value) {
        if ("TRACKED".equals(value) || "EXCLUDED".equals(value)) {
            return value;
        }
        throw new IllegalArgumentException("must be TRACKED or EXCLUDED (PENDING and EXPIRED are not set by hand), not '"
                + (value.length() > 64 ? value.substring(0, 64) + "…" : value) + "'");
    }
}
