package io.herdbook.jobs.discovery;

import io.herdbook.jobs.archive.RawArchiveStore;
import io.herdbook.jobs.tracking.CreatorStore;
import io.herdbook.jobs.tracking.FetchAttemptStore;
import io.herdbook.jobs.tracking.PostStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes a chunk of discovery results in the chunk's transaction; every statement is keyed, so a retry rewrites nothing. */
class DiscoveryWriter implements ItemWriter<DiscoveryResult> {

    private final CreatorStore creators;
    private final PostStore posts;
    private final FetchAttemptStore attempts;
    private final RawArchiveStore archive;
    private final Clock clock;
    private final Instant slot;

    DiscoveryWriter(CreatorStore creators, PostStore posts, FetchAttemptStore attempts, RawArchiveStore archive, Clock clock,
                    Instant slot) {
        this.creators = creators;
        this.posts = posts;
        this.attempts = attempts;
        this.archive = archive;
        this.clock = clock;
        this.slot = slot;
    }

    @Override
    public void write(Chunk<? extends DiscoveryResult> chunk) {
        Instant now = clock.instant();
        List<CreatorStore.ProfileOutcome> outcomes = new ArrayList<>();
        for (DiscoveryResult result : chunk) {
            if (result.profile() != null) {
                creators.saveProfile(result.creator(), result.profile(), slot, now);
            }
            if (result.status() != null) {
                creators.updateStatus(result.creator(), result.status(), slot, DiscoveryJobConfiguration.JOB_NAME);
            }
            posts.addAll(result.creator(), result.newPosts(), now);
            posts.addAll(result.creator(), result.seenAgain(), now);
            attempts.record(result.attempts());
            outcomes.add(new CreatorStore.ProfileOutcome(result.creator(), result.profileOutcome(), slot));
            archive.keep(result.attempts(), now);
        }
        // Each creator's own outcome, for the failure accounting once the whole slot is in (FailureAccounting).
        creators.recordProfileOutcomes(outcomes);
    }
}
