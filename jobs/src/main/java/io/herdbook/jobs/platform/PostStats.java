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
}
