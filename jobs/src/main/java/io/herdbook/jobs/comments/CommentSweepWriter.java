package io.herdbook.jobs.comments;

import io.herdbook.jobs.tracking.FetchAttempt;
import io.herdbook.jobs.tracking.FetchAttemptStore;
import io.herdbook.jobs.tracking.TrackedPost;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of sweeps in the chunk's one transaction: the comments of swept posts, their
 * {@code comments_swept_at}, and a fetch attempt for every request, data or not.
 */
class CommentSweepWriter implements ItemWriter<SweepResult> {

    private final CommentStore comments;
    private final FetchAttemptStore attempts;
    private final Clock clock;
    private final Instant slot;

    CommentSweepWriter(CommentStore comments, FetchAttemptStore attempts, Clock clock, Instant slot) {
        this.comments = comments;
        this.attempts = attempts;
        this.clock = clock;
        this.slot = slot;
    }

    @Override
    public void write(Chunk<? extends SweepResult> chunk) {
        List<CommentStore.Row> rows = new ArrayList<>();
        List<TrackedPost> swept = new ArrayList<>();
        List<FetchAttempt> made = new ArrayList<>();
        for (SweepResult result : chunk) {
            if (result.swept()) {
                result.comments().forEach(scored -> rows.add(new CommentStore.Row(result.post(), scored)));
                swept.add(result.post());
            }
            made.addAll(result.attempts());
        }
        comments.upsert(rows, clock.instant());
        comments.markSwept(swept, slot);
        attempts.record(made);
    }
}
