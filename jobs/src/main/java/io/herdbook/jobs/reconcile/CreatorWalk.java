package io.herdbook.jobs.reconcile;

import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.PostData;
import io.herdbook.jobs.reconcile.WalkResult.End;
import io.herdbook.jobs.source.PlatformSource;
import io.herdbook.jobs.source.SourceAnswer;
import io.herdbook.jobs.tracking.CreatorRef;
import io.herdbook.jobs.tracking.FetchAttempt;
import io.herdbook.jobs.tracking.PostStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Walks one creator's whole post list, newest first, from the top or from where an earlier run stopped, collecting
 * every post that is not stored. Unlike discovery it does not stop at the first known post: it ends at the end of the
 * list, at a cursor that does not move or comes back (case C4), at a post older than the tracking start (pinned posts
 * excepted, as they break the order), when a page cannot be read, or when the run's {@link FetchBudget} is spent.
 */
class CreatorWalk implements ItemProcessor<DueCreator, WalkResult> {

    private final PlatformSource source;
    private final PostStore posts;
    private final FetchBudget budget;
    private final int pageSize;
    private final Clock clock;
    private final Instant slot;

    CreatorWalk(PlatformSource source, PostStore posts, FetchBudget budget, int pageSize, Clock clock, Instant slot) {
        this.source = source;
        this.posts = posts;
        this.budget = budget;
        this.pageSize = pageSize;
        this.clock = clock;
        this.slot = slot;
    }

    @Override
    public WalkResult process(DueCreator due) {
        CreatorRef creator = due.creator();
        List<FetchAttempt> attempts = new ArrayList<>();
        Map<String, PostData> missing = new LinkedHashMap<>();
        Set<String> cursorsSeen = new HashSet<>();
        String cursor = due.resumeCursor() == null ? "0" : due.resumeCursor();
        int pages = 0;
        while (true) {
            if (!budget.take()) {
                return result(due, End.CUT, missing, pages, cursor, "the run's budget of " + budget.limit() + " pages is spent", attempts);
            }
            SourceAnswer answer = source.postList(creator.secUid(), cursor, pageSize);
            pages++;
            if (!(answer.page() instanceof ParsedPage.PostListPage list)) {
                Outcome outcome = answer.page() instanceof ParsedPage.NoData ? answer.outcome() : Outcome.UNREADABLE;
                attempts.add(attempt(creator, answer, outcome, answer.reason()));
                return result(due, End.FAILED, missing, pages, cursor, "a list page answered " + outcome, attempts);
            }
            attempts.add(attempt(creator, answer, Outcome.DATA, null));
            if (collect(creator, list.items(), missing)) {
                return result(due, End.FINISHED, missing, pages, null, "reached the tracking start", attempts);
            }
            if (!list.hasMore()) {
                return result(due, End.FINISHED, missing, pages, null, "reached the end of the list", attempts);
            }
            String next = list.cursor();
            cursorsSeen.add(cursor);
            if (next == null || !cursorsSeen.add(next)) {
                // A cursor that does not move, or comes back, would loop for ever (C4): the list ends here for us.
                return result(due, End.FINISHED, missing, pages, null, "the cursor did not move past " + cursor, attempts);
            }
            cursor = next;
        }
    }

    /**
     * Adds the page's posts that are not stored and not older than the tracking start to {@code missing}.
     *
     * @return true when the page holds a post older than the tracking start (not a pinned one): the walk is done
     */
    private boolean collect(CreatorRef creator, List<PostData> page, Map<String, PostData> missing) {
        Set<String> known = posts.knownIds(creator.id(), page.stream().map(PostData::id).toList());
        boolean reachedStart = false;
        for (PostData post : page) {
            if (post.createdAt().isBefore(creator.trackingStart())) {
                reachedStart |= !post.pinned();
            } else if (!known.contains(post.id())) {
                missing.putIfAbsent(post.id(), post);
            }
        }
        return reachedStart;
    }

    private static WalkResult result(DueCreator due, End end, Map<String, PostData> missing, int pages, String cursor, String why,
                                     List<FetchAttempt> attempts) {
        return new WalkResult(due, end, List.copyOf(missing.values()), pages, cursor, why, attempts);
    }

    private FetchAttempt attempt(CreatorRef creator, SourceAnswer answer, Outcome outcome, String reason) {
        return new FetchAttempt(creator.organisationId(), creator.id(), null, DeepReconcileJobConfiguration.JOB_NAME, slot,
                answer.resource(), outcome, reason, answer.httpStatus(), answer.elapsed(), clock.instant(), answer.payload());
    }
}
