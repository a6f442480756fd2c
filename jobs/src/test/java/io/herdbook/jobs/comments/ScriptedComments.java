package io.herdbook.jobs.comments;

import io.herdbook.jobs.platform.CommentData;
import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.PostKind;
import io.herdbook.jobs.source.PlatformSource;
import io.herdbook.jobs.source.SourceAnswer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/** The platform's comment list as a test scripts it: a function of (post id, cursor); it remembers the cursors asked for. */
final class ScriptedComments implements PlatformSource {

    private volatile BiFunction<String, String, ParsedPage> pages = (post, cursor) -> new ParsedPage.NoData(Outcome.FAILED, "no comments scripted");
    private final List<String> cursors = new CopyOnWriteArrayList<>();

    ScriptedComments pages(BiFunction<String, String, ParsedPage> value) {
        pages = value;
        return this;
    }

    /** The cursors the comment list was asked for, in order: one per request. */
    List<String> cursors() {
        return List.copyOf(cursors);
    }

    /** {@code count} comments of {@code postId} with ids {@code first}, {@code first + 1}, ... */
    static List<CommentData> comments(String postId, long first, int count) {
        return IntStream.range(0, count).mapToObj(i -> comment(postId, Long.toString(first + i), "comment " + (first + i), 0)).toList();
    }

    static CommentData comment(String postId, String id, String text, long likes) {
        return new CommentData(id, postId, "fan" + id, text, 0, Instant.parse("2026-03-01T12:00:00Z"), likes, 0);
    }

    @Override
    public SourceAnswer comments(String postId, String cursor, int count) {
        cursors.add(cursor);
        ParsedPage page = pages.apply(postId, cursor);
        Integer status = switch (page.outcome()) {
            case BLOCKED -> 403;
            case FAILED -> null;
            default -> 200;
        };
        return new SourceAnswer("/api/comment/list?aweme_id=" + postId + "&count=" + count + "&cursor=" + cursor, page, status,
                Duration.ofMillis(20));
    }

    @Override
    public SourceAnswer profile(String handle) {
        throw new UnsupportedOperationException("the comment sweep reads no profiles");
    }

    @Override
    public SourceAnswer postList(String secUid, String cursor, int count) {
        throw new UnsupportedOperationException("the comment sweep reads no post lists");
    }

    @Override
    public SourceAnswer post(String handle, PostKind kind, String postId) {
        throw new UnsupportedOperationException("the comment sweep reads no post pages");
    }
}
