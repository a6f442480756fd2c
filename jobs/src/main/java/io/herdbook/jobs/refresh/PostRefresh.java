package io.herdbook.jobs.refresh;

import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.source.PlatformSource;
import io.herdbook.jobs.source.SourceAnswer;
import io.herdbook.jobs.tracking.FetchAttempt;
import io.herdbook.jobs.tracking.TrackedPost;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Fetches one post's page and keeps its stats only when the page is really this post's data. Thread-safe. */
class PostRefresh implements ItemProcessor<TrackedPost, RefreshResult> {

    private static final Logger log = LoggerFactory.getLogger(PostRefresh.class);

    private final PlatformSource source;
    private final Clock clock;
    private final Instant slot;

    PostRefresh(PlatformSource source, Clock clock, Instant slot) {
        this.source = source;
        this.clock = clock;
        this.slot = slot;
    }

    @Override
    public RefreshResult process(TrackedPost post) {
        SourceAnswer answer = source.post(post.handle(), post.kind(), post.platformPostId());
        Verdict verdict = judge(post, answer);
        if (verdict.outcome() != Outcome.DATA) {
            log.info("stats-refresh @{}/{}: {} ({}), last stats kept", post.handle(), post.platformPostId(),
                    verdict.outcome(), verdict.reason());
        }
        FetchAttempt attempt = new FetchAttempt(post.organisationId(), post.creatorId(), post.id(),
                StatsRefreshJobConfiguration.JOB_NAME, slot, answer.resource(), verdict.outcome(), verdict.reason(),
                answer.httpStatus(), answer.elapsed(), clock.instant(), answer.payload());
        return new RefreshResult(post, verdict.data() == null ? null : verdict.data().stats(), attempt, verdict.data());
    }

    private record Verdict(Outcome outcome, String reason, PostData data) {
    }

    private Verdict judge(TrackedPost post, SourceAnswer answer) {
        if (answer.page() instanceof ParsedPage.NoData noData) {
            return new Verdict(noData.outcome(), noData.reason(), null);
        }
        if (!(answer.page() instanceof ParsedPage.PostPage page)) {
            return new Verdict(Outcome.UNREADABLE, "not a post page: " + answer.page().getClass().getSimpleName(), null);
        }
        if (!post.platformPostId().equals(page.post().id())) {
            return new Verdict(Outcome.UNREADABLE, "page is post " + page.post().id(), null);
        }
        if (page.post().stats() == null) {
            return new Verdict(Outcome.UNREADABLE, "post page without stats", null);
        }
        Optional<String> partial = ZeroStats.partial(page.post().stats(), page.post().createdAt(), slot, post.latestViews());
        if (partial.isPresent()) {
            return new Verdict(Outcome.UNREADABLE, partial.get(), null);
        }
        return new Verdict(Outcome.DATA, null, page.post());
    }
}
