package io.herdbook.jobs.archive;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Deletes payloads fetched longer ago than {@code herdbook.archive.retention} (by fetch time, not slot: a backfilled
 * past slot is kept as long as a fresh one), one bounded batch per call (each call
 * is its own transaction when run as a tasklet step), until none is left or the run's batches are used up; the rest
 * waits for the next run. The cutoff is taken from the injected clock once per run, so a run ends.
 */
public class ArchiveRetention implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ArchiveRetention.class);

    private final RawArchiveStore store;
    private final ArchiveProperties settings;
    private final Instant cutoff;
    private int batches;
    private long deleted;

    /** One run's retention, its cutoff read from {@code clock} now. */
    public ArchiveRetention(RawArchiveStore store, ArchiveProperties settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.cutoff = clock.instant().minus(settings.retention());
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        return deleteOneBatch() ? RepeatStatus.CONTINUABLE : RepeatStatus.FINISHED;
    }

    /**
     * Deletes one batch.
     *
     * @return true when another batch may find rows and this run may still delete them
     */
    public boolean deleteOneBatch() {
        int n = store.deleteFetchedBefore(cutoff, settings.deleteBatchSize());
        batches++;
        deleted += n;
        boolean more = n == settings.deleteBatchSize() && batches < settings.deleteBatchesPerRun();
        if (!more && deleted > 0) {
            log.info("raw archive: {} payloads fetched before {} deleted in {} batches{}", deleted, cutoff, batches,
                    n == settings.deleteBatchSize() ? "; the rest in the next run" : "");
        }
        return more;
    }

    /** Payloads this run has deleted so far. */
    public long deleted() {
        return deleted;
    }
}
