package io.herdbook.jobs.platform;

/**
 * The counters of one post as observed once.
 *
 * <p>{@code saves} is {@code null} when the payload did not carry it (every capture before 2025): an
 * absent count is unknown, never zero. {@code exact} is true when the counts came from {@code statsV2}
 * (exact strings) rather than the display-rounded {@code stats} integers.
 */
public record PostStats(long views, long likes, long comments, long shares, Long saves, boolean exact) {
}
