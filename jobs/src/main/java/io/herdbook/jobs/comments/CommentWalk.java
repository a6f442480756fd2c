package io.herdbook.jobs.comments;

import io.herdbook.jobs.JobsProperties;
import io.herdbook.jobs.platform.CommentData;
import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.source.PlatformSource;
import io.herdbook.jobs.source.SourceAnswer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pages through one post's comment list, in the platform's order, with its cursor. The walk always ends
 * (case C4): at {@code max-per-post} comments, at the last page, at a cursor that is missing or did not
 * move, at a page that adds no comment not already seen, at a non-data answer, and in any case after
 * {@link JobsProperties.Comments#maxPages()} requests. Thread-safe.
 */
final class CommentWalk {

    /** The cursor of a comment list's first page. */
    static final String FIRST_PAGE = "0";

    /** One request of the walk and what it came to. */
    record Fetch(SourceAnswer answer, Outcome outcome, String reason) {
    }

    /**
     * @param comments the distinct comments read, in the order served, at most {@code max-per-post}
     * @param fetches  every request made, in order; never empty
     */
    record Walked(List<CommentData> comments, List<Fetch> fetches) {

        /** True when the first page was data: only then did the post's sweep happen at all. */
        boolean firstPageIsData() {
            return fetches.getFirst().outcome() == Outcome.DATA;
        }
    }

    private final PlatformSource source;
    private final JobsProperties.Comments settings;

    CommentWalk(PlatformSource source, JobsProperties.Comments settings) {
        this.source = source;
        this.settings = settings;
    }

    Walked walk(String postId) {
        Map<String, CommentData> seen = new LinkedHashMap<>();
        List<Fetch> fetches = new ArrayList<>();
        String cursor = FIRST_PAGE;
        while (fetches.size() < settings.maxPages() && seen.size() < settings.maxPerPost()) {
            SourceAnswer answer = source.comments(postId, cursor, settings.pageSize());
            Fetch fetch = judge(postId, answer);
            fetches.add(fetch);
            if (!(fetch.outcome() == Outcome.DATA && answer.page() instanceof ParsedPage.CommentListPage page)) {
                break;
            }
            int before = seen.size();
            for (CommentData comment : page.comments()) {
                if (seen.size() < settings.maxPerPost()) {
                    seen.putIfAbsent(comment.id(), comment);
                }
            }
            if (!page.hasMore() || page.cursor() == null || page.cursor().equals(cursor) || seen.size() == before) {
                break;
            }
            cursor = page.cursor();
        }
        return new Walked(List.copyOf(seen.values()), fetches);
    }

    /** Only a comment list whose comments all belong to this post is data; anything else writes nothing. */
    private static Fetch judge(String postId, SourceAnswer answer) {
        if (answer.page() instanceof ParsedPage.NoData noData) {
            return new Fetch(answer, noData.outcome(), noData.reason());
        }
        if (!(answer.page() instanceof ParsedPage.CommentListPage page)) {
            return new Fetch(answer, Outcome.UNREADABLE, "not a comment list: " + answer.page().getClass().getSimpleName());
        }
        for (CommentData comment : page.comments()) {
            if (comment.postId() != null && !comment.postId().equals(postId)) {
                return new Fetch(answer, Outcome.UNREADABLE, "comments of post " + comment.postId());
            }
        }
        return new Fetch(answer, Outcome.DATA, null);
    }
}
