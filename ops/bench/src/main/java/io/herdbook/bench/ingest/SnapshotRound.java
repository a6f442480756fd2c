package io.herdbook.bench.ingest;

import io.herdbook.jobs.platform.PostStats;
import io.herdbook.jobs.tracking.TrackedPost;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one round of P2: every seeded post observed once in a slot of its own, so every round inserts new
 * snapshot rows, and each post with counters of its own. Herdbook's writer and the COPY baselines write exactly these.
 *
 * @param slot      the observation slot ({@code observed_at}), an hour after the previous round's
 * @param fetchedAt when the pages were fetched ({@code fetched_at})
 * @param posts     the posts, in the job's reading order
 * @param stats     {@code stats.get(i)} observed for {@code posts.get(i)}
 */
record SnapshotRound(Instant slot, Instant fetchedAt, List<TrackedPost> posts, List<PostStats> stats) {

    /** Inside the partitioned table's monthly partitions, and far from any real slot. */
    private static final Instant FIRST_SLOT = Instant.parse("2026-01-01T00:00:00Z");

    /** Round {@code round} (0 for the warm-up) over {@code posts}. */
    static SnapshotRound of(int round, List<TrackedPost> posts) {
        Instant slot = FIRST_SLOT.plus(Duration.ofHours(round));
        List<PostStats> stats = new ArrayList<>(posts.size());
        for (int i = 0; i < posts.size(); i++) {
            long views = 10_000L * (round + 1) + i % 9_973;
            // Saves are unknown on part of the posts, as on pre-2025 pages, so NULL is written too.
            stats.add(new PostStats(views, views / 12, views / 300, views / 900, i % 3 == 0 ? null : views / 50, i % 2 == 0));
        }
        return new SnapshotRound(slot, slot.plus(Duration.ofMinutes(7)), posts, stats);
    }

    /** The rows cut into consecutive chunks of {@code size}, as the job's step commits them. */
    List<Chunk> chunks(int size) {
        List<Chunk> chunks = new ArrayList<>();
        for (int from = 0; from < posts.size(); from += size) {
            int to = Math.min(posts.size(), from + size);
            chunks.add(new Chunk(posts.subList(from, to), stats.subList(from, to)));
        }
        return chunks;
    }

    /** One chunk's posts and their stats, same order. */
    record Chunk(List<TrackedPost> posts, List<PostStats> stats) {
    }
}
