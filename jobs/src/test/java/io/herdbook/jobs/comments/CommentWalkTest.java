package io.herdbook.jobs.comments;

import static io.herdbook.jobs.comments.ScriptedComments.comment;
import static io.herdbook.jobs.comments.ScriptedComments.comments;
import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.JobsProperties;
import io.herdbook.jobs.platform.CommentData;
import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.ParsedPage.CommentListPage;
import io.herdbook.jobs.platform.ParsedPage.NoData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The walk over a post's comment pages always ends (case C4), and keeps at most max-per-post distinct comments. */
class CommentWalkTest {

    private static final String POST = "7603296357641735445";

    private final ScriptedComments platform = new ScriptedComments();
    /** 100 comments a post, 50 a page: at most 4 requests. */
    private final JobsProperties.Comments settings = new JobsProperties.Comments(100, 50, 20);
    private final CommentWalk walk = new CommentWalk(platform, settings);

    @Test
    void thePageBoundIsTwiceWhatFullPagesWouldNeed() {
        assertThat(settings.maxPages()).isEqualTo(4);
        assertThat(new JobsProperties.Comments(100, 20, 20).maxPages()).isEqualTo(10);
        assertThat(new JobsProperties.Comments(1, 50, 20).maxPages()).isEqualTo(2);
    }

    @Test
    void aCursorThatNeverMovesEndsTheWalkAtTheFirstRepeat() {
        platform.pages((post, cursor) -> new CommentListPage(comments(POST, 1, 19), "20", true, 227L));

        CommentWalk.Walked walked = walk.walk(POST);

        assertThat(platform.cursors()).containsExactly("0", "20");
        assertThat(walked.comments()).hasSize(19);
        assertThat(walked.fetches()).extracting(CommentWalk.Fetch::outcome).containsExactly(Outcome.DATA, Outcome.DATA);
    }

    @Test
    void aCursorStuckAtZeroIsReadOnce() {
        platform.pages((post, cursor) -> new CommentListPage(comments(POST, 1, 5), "0", true, null));

        CommentWalk.Walked walked = walk.walk(POST);

        assertThat(platform.cursors()).containsExactly("0");
        assertThat(walked.comments()).hasSize(5);
    }

    @Test
    void aMovingCursorWithEverNewShortPagesStopsAtThePageBound() {
        platform.pages((post, cursor) -> new CommentListPage(comments(POST, 1000 + Long.parseLong(cursor), 3),
                Long.toString(Long.parseLong(cursor) + 3), true, null));

        CommentWalk.Walked walked = walk.walk(POST);

        assertThat(platform.cursors()).containsExactly("0", "3", "6", "9");
        assertThat(walked.comments()).hasSize(12);
    }

    @Test
    void fullPagesStopAtMaxPerPostAndTheSurplusIsNotKept() {
        platform.pages((post, cursor) -> new CommentListPage(comments(POST, 1 + Long.parseLong(cursor), 60),
                Long.toString(Long.parseLong(cursor) + 60), true, null));

        CommentWalk.Walked walked = walk.walk(POST);

        assertThat(platform.cursors()).containsExactly("0", "60");
        assertThat(walked.comments()).hasSize(100).extracting(CommentData::id).startsWith("1", "2").endsWith("100");
    }

    @Test
    void aPageOfCommentsAlreadySeenEndsTheWalkEvenWhenTheCursorMoves() {
        platform.pages((post, cursor) -> new CommentListPage(comments(POST, 1, 10), Long.toString(Long.parseLong(cursor) + 10), true, null));

        CommentWalk.Walked walked = walk.walk(POST);

        assertThat(platform.cursors()).containsExactly("0", "10");
        assertThat(walked.comments()).extracting(CommentData::id).doesNotHaveDuplicates().hasSize(10);
    }

    @Test
    void theLastPageEndsTheWalk() {
        platform.pages((post, cursor) -> cursor.equals("0")
                ? new CommentListPage(comments(POST, 1, 19), "20", true, 21L)
                : new CommentListPage(comments(POST, 20, 2), "22", false, 21L));

        CommentWalk.Walked walked = walk.walk(POST);

        assertThat(platform.cursors()).containsExactly("0", "20");
        assertThat(walked.comments()).hasSize(21);
        assertThat(walked.firstPageIsData()).isTrue();
    }

    @Test
    void aBlockedFirstPageIsTheWholeWalk() {
        platform.pages((post, cursor) -> new NoData(Outcome.BLOCKED, "http 403 AkamaiGHost"));

        CommentWalk.Walked walked = walk.walk(POST);

        assertThat(walked.comments()).isEmpty();
        assertThat(walked.firstPageIsData()).isFalse();
        assertThat(walked.fetches()).singleElement().satisfies(fetch -> {
            assertThat(fetch.outcome()).isEqualTo(Outcome.BLOCKED);
            assertThat(fetch.reason()).isEqualTo("http 403 AkamaiGHost");
            assertThat(fetch.answer().httpStatus()).isEqualTo(403);
        });
    }

    @Test
    void aFailedLaterPageEndsTheWalkAndKeepsThePagesBeforeIt() {
        platform.pages((post, cursor) -> cursor.equals("0")
                ? new CommentListPage(comments(POST, 1, 19), "20", true, 227L)
                : new NoData(Outcome.FAILED, "timeout"));

        CommentWalk.Walked walked = walk.walk(POST);

        assertThat(walked.comments()).hasSize(19);
        assertThat(walked.firstPageIsData()).isTrue();
        assertThat(walked.fetches()).extracting(CommentWalk.Fetch::outcome).containsExactly(Outcome.DATA, Outcome.FAILED);
    }

    @Test
    void commentsOfAnotherPostAreUnreadableAndNotKept() {
        platform.pages((post, cursor) -> new CommentListPage(List.of(comment("7468167472961572103", "9", "nice", 1)), "1", false, 1L));

        CommentWalk.Walked walked = walk.walk(POST);

        assertThat(walked.comments()).isEmpty();
        assertThat(walked.fetches()).singleElement().satisfies(fetch -> {
            assertThat(fetch.outcome()).isEqualTo(Outcome.UNREADABLE);
            assertThat(fetch.reason()).contains("7468167472961572103");
        });
    }
}
