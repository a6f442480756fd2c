package io.herdbook.jobs.comments;

import io.herdbook.jobs.comments.sentiment.SentimentScorer;
import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.tracking.FetchAttempt;
import io.herdbook.jobs.tracking.TrackedPost;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Sweeps one post: walks its comment list ({@link CommentWalk}), scores each comment, and turns every
 * request into a fetch attempt. A post whose first page is not data yields no comments and is not
 * swept; a later page that fails keeps the pages before it. Thread-safe.
 */
class PostCommentSweep implements ItemProcessor<TrackedPost, SweepResult> {

    private static final Logger log = LoggerFactory.getLogger(PostCommentSweep.class);

    private final CommentWalk walk;
    private final SentimentScorer scorer;
    private final Clock clock;
    private final Instant slot;

    PostCommentSweep(CommentWalk walk, SentimentScorer scorer, Clock clock, Instant slot) {
        this.walk = walk;
        this.scorer = scorer;
        this.clock = clock;
        this.slot = slot;
    }

    @Override
    public SweepResult process(TrackedPost post) {
        CommentWalk.Walked walked = walk.walk(post.platformPostId());
        List<FetchAttempt> attempts = walked.fetches().stream().map(fetch -> attempt(post, fetch)).toList();
        CommentWalk.Fetch last = walked.fetches().getLast();
        if (!walked.firstPageIsData()) {
            log.info("comment-sweep @{}/{}: {} ({}), no comments stored, post left unswept", post.handle(),
                    post.platformPostId(), last.outcome(), last.reason());
            return new SweepResult(post, List.of(), false, attempts);
        }
        if (last.outcome() != Outcome.DATA) {
            log.info("comment-sweep @{}/{}: page {} was {} ({}), keeping the {} comments of the pages before it",
                    post.handle(), post.platformPostId(), walked.fetches().size(), last.outcome(), last.reason(),
                    walked.comments().size());
        }
        List<ScoredComment> scored = walked.comments().stream()
                .map(comment -> new ScoredComment(comment, scorer.score(comment.text(), comment.imageCount())))
                .toList();
        return new SweepResult(post, scored, true, attempts);
    }

    private FetchAttempt attempt(TrackedPost post, CommentWalk.Fetch fetch) {
        return new FetchAttempt(post.organisationId(), post.creatorId(), post.id(), CommentSweepJobConfiguration.JOB_NAME,
                slot, fetch.answer().resource(), fetch.outcome(), fetch.reason(), fetch.answer().httpStatus(),
                fetch.answer().elapsed(), clock.instant());
    }
}
