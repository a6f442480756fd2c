package io.herdbook.jobs.testing;

import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.PostKind;
import io.herdbook.jobs.source.PlatformSource;
import io.herdbook.jobs.source.SourceAnswer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The platform as a test scripts it: fixed answers for profile and post pages, and a function from
 * cursor to post-list page. It remembers the cursors the post list was asked for. The database is
 * never faked, only the platform.
 */
public final class FakePlatformSource implements PlatformSource {

    private volatile ParsedPage profile = new ParsedPage.NoData(Outcome.FAILED, "no profile scripted");
    private volatile ParsedPage post = new ParsedPage.NoData(Outcome.FAILED, "no post scripted");
    private volatile Function<String, ParsedPage> listPages = cursor -> new ParsedPage.NoData(Outcome.FAILED, "no list scripted");
    private final List<String> listCursors = new CopyOnWriteArrayList<>();

    /** Every profile fetch answers this page. */
    public FakePlatformSource profile(ParsedPage page) {
        profile = page;
        return this;
    }

    /** Every post-page fetch answers this page. */
    public FakePlatformSource post(ParsedPage page) {
        post = page;
        return this;
    }

    /** A post-list fetch with cursor {@code c} answers {@code pages.apply(c)}. */
    public FakePlatformSource listPages(Function<String, ParsedPage> pages) {
        listPages = pages;
        return this;
    }

    /** The cursors the post list was asked for, in order: one per list call. */
    public List<String> listCursors() {
        return List.copyOf(listCursors);
    }

    @Override
    public SourceAnswer profile(String handle) {
        return answer("/@" + handle, profile);
    }

    @Override
    public SourceAnswer postList(String secUid, String cursor, int count) {
        listCursors.add(cursor);
        return answer("/api/post/item_list?secUid=" + secUid + "&cursor=" + cursor + "&count=" + count, listPages.apply(cursor));
    }

    @Override
    public SourceAnswer post(String handle, PostKind kind, String postId) {
        return answer("/@" + handle + "/" + kind.pathSegment() + "/" + postId, post);
    }

    @Override
    public SourceAnswer comments(String postId, String cursor, int count) {
        return answer("/api/comment/list?aweme_id=" + postId, new ParsedPage.NoData(Outcome.FAILED, "no comments scripted"));
    }

    private static SourceAnswer answer(String resource, ParsedPage page) {
        Integer status = switch (page.outcome()) {
            case BLOCKED -> 403;
            case FAILED -> null;
            default -> 200;
        };
        return new SourceAnswer(resource, page, status, Duration.ofMillis(25));
    }
}
