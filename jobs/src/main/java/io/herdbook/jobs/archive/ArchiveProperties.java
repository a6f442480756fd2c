package io.herdbook.jobs.archive;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the raw archive ({@code herdbook.archive.*}). Invalid values fail at start-up.
 *
 * @param retention           how long a payload is kept after it was fetched; {@code 0} keeps none: nothing is archived,
 *                            and what an earlier setting kept is deleted
 * @param deleteBatchSize     rows deleted per statement (each its own transaction), so a delete never holds locks long
 * @param deleteBatchesPerRun the most batches one discovery run deletes; a larger backlog drains over the next runs
 */
@ConfigurationProperties("herdbook.archive")
public record ArchiveProperties(@DefaultValue("30d") Duration retention,
                                @DefaultValue("10000") int deleteBatchSize,
                                @DefaultValue("100") int deleteBatchesPerRun) {

    public ArchiveProperties {
        if (retention.isNegative()) {
            throw new IllegalArgumentException("herdbook.archive.retention must not be negative, was " + retention);
        }
        if (deleteBatchSize < 1 || deleteBatchSize > 100_000) {
            throw new IllegalArgumentException("herdbook.archive.delete-batch-size must be 1..100000, was " + deleteBatchSize);
        }
        if (deleteBatchesPerRun < 1 || deleteBatchesPerRun > 10_000) {
            throw new IllegalArgumentException("herdbook.archive.delete-batches-per-run must be 1..10000, was " + deleteBatchesPerRun);
        }
    }

    /** The defaults, for code that builds the stores without Spring (tests, benchmarks). */
    public static ArchiveProperties defaults() {
        return new ArchiveProperties(Duration.ofDays(30), 10_000, 100);
    }

    /** True when payloads are kept at all. */
    public boolean keeps() {
        return !retention.isZero();
    }
}
