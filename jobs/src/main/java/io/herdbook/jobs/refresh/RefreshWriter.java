package io.herdbook.jobs.refresh;

import io.herdbook.jobs.archive.RawArchiveStore;
import io.herdbook.jobs.tracking.FetchAttempt;
import io.herdbook.jobs.tracking.FetchAttemptStore;
import io.herdbook.jobs.tracking.StatsStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes a chunk of refresh results: stats only for data, an attempt for every fetch. */
class RefreshWriter implements ItemWriter<RefreshResult> {

    private final StatsStore stats;
    private final FetchAttemptStore attempts;
    private final RawArchiveStore archive;
    private final Clock clock;
    private final Instant slot;

    RefreshWriter(StatsStore stats, FetchAttemptStore attempts, RawArchiveStore archive, Clock clock, Instant slot) {
        this.stats = stats;
        this.attempts = attempts;
        this.archive = archive;
        this.clock = clock;
        this.slot = slot;
    }

    @Override
    public void write(Chunk<? extends RefreshResult> chunk) {
        Instant now = clock.instant();
        List<StatsStore.Observation> observed = new ArrayList<>();
        List<FetchAttempt> made = new ArrayList<>();
        for (RefreshResult result : chunk) {
            if (result.stats() != null) {
                observed.add(new StatsStore.Observation(result.post().organisationId(), result.post().id(), result.stats(), slot, now));
            }
            made.add(result.attempt());
        }
        stats.recordAll(observed);
        attempts.record(made);
        archive.keep(made, now);
    }
}
