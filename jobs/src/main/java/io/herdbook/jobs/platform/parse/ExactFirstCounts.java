package io.herdbook.jobs.platform.parse;

import tools.jackson.databind.JsonNode;

/**
 * Reads the counters of one observation from the exact {@code statsV2} strings first and the
 * display-rounded {@code stats} integers second (CASES C2), and remembers whether every main counter
 * came from {@code statsV2}. One rounded fallback, or one counter known to neither, makes the
 * observation inexact: a consumer told "exact" compares it digit by digit with other snapshots, and a
 * rounded 1,800,000 next to an exact 1,776,621 would read as a real change.
 *
 * <p>One instance per observation; not thread-safe.
 */
final class ExactFirstCounts {

    private final JsonNode exact;
    private final JsonNode rounded;
    private boolean allExact;

    ExactFirstCounts(JsonNode statsV2, JsonNode stats) {
        this.exact = Json.isObject(statsV2) ? statsV2 : null;
        this.rounded = Json.isObject(stats) ? stats : null;
        this.allExact = exact != null;
    }

    /**
     * A main counter: the first readable of {@code names} in {@code statsV2}, else in {@code stats}
     * (an exact alias beats a rounded value under the preferred name); null when neither has it.
     */
    Long main(String... names) {
        Long value = first(exact, names);
        if (value != null) {
            return value;
        }
        allExact = false;
        return first(rounded, names);
    }

    /** A secondary counter (saves): preferred exact, but it does not decide {@link #allExact()}. */
    Long secondary(String name) {
        Long value = first(exact, name);
        return value != null ? value : first(rounded, name);
    }

    /** True when every {@link #main} counter read so far came from {@code statsV2}. */
    boolean allExact() {
        return allExact;
    }

    private static Long first(JsonNode source, String... names) {
        if (source == null) {
            return null;
        }
        for (String name : names) {
            Long value = Counts.read(source.get(name));
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
