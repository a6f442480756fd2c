package io.herdbook.jobs.platform;

/**
 * The counters of one post as observed once.
 *
 * <p>{@code saves} is {@code null} when the payload did not carry it (every capture before 2025): an
 * absent count is unknown, never zero. {@code exact} is true only when views, likes, comments and
 * shares all came from {@code statsV2} (exact strings); one display-rounded {@code stats} integer among
 * them makes it false.
 */
public record PostStats(long views, long likes, long comments, long shares, Long saves, boolean exact) {

    /** Every count is 0 (saves 0 or absent): a post nobody has watched yet, or a partial page of one that has views. */
    public boolean allZero() {
        return views == 0 && likes == 0 && comments == 0 && shares == 0 && (saves == null || saves == 0);
    }
}
