package io.herdbook.jobs.reconcile;

import io.herdbook.jobs.archive.RawArchiveStore;
import io.herdbook.jobs.partition.StepNotes;
import io.herdbook.jobs.tracking.CreatorRef;
import io.herdbook.jobs.tracking.FetchAttemptStore;
import io.herdbook.jobs.tracking.PostStore;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a walk in the chunk's transaction: the missing posts ({@code ON CONFLICT DO NOTHING} on the (creator,
 * platform, post id) key, so a retried or repeated walk adds each post once), its fetch attempts, the list bodies it
 * read (the raw archive, for {@code herdbook reparse}) and where the creator's scan stands. Says what it did in the log and in the step's notes (the JobRunr dashboard shows them).
 */
class WalkWriter implements ItemWriter<WalkResult> {

    private static final Logger log = LoggerFactory.getLogger(WalkWriter.class);

    private final PostStore posts;
    private final FetchAttemptStore attempts;
    private final RawArchiveStore archive;
    private final DeepScanStore scans;
    private final Clock clock;
    private final Instant slot;

    WalkWriter(PostStore posts, FetchAttemptStore attempts, RawArchiveStore archive, DeepScanStore scans, Clock clock, Instant slot) {
        this.posts = posts;
        this.attempts = attempts;
        this.archive = archive;
        this.scans = scans;
        this.clock = clock;
        this.slot = slot;
    }

    @Override
    public void write(Chunk<? extends WalkResult> chunk) {
        Instant now = clock.instant();
        for (WalkResult walk : chunk) {
            CreatorRef creator = walk.due().creator();
            int added = posts.addAll(creator, walk.missing(), now);
            attempts.record(walk.attempts());
            archive.keep(walk.attempts(), now);
            switch (walk.end()) {
                case FINISHED -> scans.finished(creator, slot, walk.due().profilePosts(), added, now);
                case CUT, FAILED -> scans.stoppedAt(creator, "0".equals(walk.cursor()) ? null : walk.cursor(), added, now);
            }
            String line = describe(walk, added);
            log.info("deep-reconcile {}", line);
            StepNotes.lastChunk(line);
        }
    }

    private static String describe(WalkResult walk, int added) {
        DueCreator due = walk.due();
        String start = due.resumeCursor() == null ? "from the top" : "from cursor " + due.resumeCursor();
        String end = switch (walk.end()) {
            case FINISHED -> "walk finished: " + walk.why();
            case CUT -> "walk cut off (" + walk.why() + "); the next run goes on from cursor " + walk.cursor();
            case FAILED -> "walk stopped: " + walk.why() + "; the next run tries again from cursor " + walk.cursor();
        };
        return "@" + due.creator().handle() + " (gap " + (due.gap() == null ? "unknown" : due.gap()) + "): " + walk.pages()
                + " list pages " + start + ", " + added + " missing posts added; " + end;
    }
}
