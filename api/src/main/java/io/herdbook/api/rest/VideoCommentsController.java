package io.herdbook.api.rest;

import io.herdbook.api.access.RequiresScope;
import io.herdbook.api.access.Scope;
import io.herdbook.reports.sentiment.CommentCursor;
import io.herdbook.reports.sentiment.CommentOrder;
import io.herdbook.reports.sentiment.CommentStreams;
import io.herdbook.reports.sentiment.SentimentComment;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * One post's stored comments with its breakdown by label. The id is Herdbook's post id (as in
 * {@code /creators/{id}/posts}); photo posts have comments too and are served the same way. Read scope.
 */
@Tag(name = "sentiment", description = "What a project's audience says in comments. Read scope.")
@RestController
public class VideoCommentsController {

    private final CommentStreams streams;
    private final CallerOrganisation caller;

    VideoCommentsController(CommentStreams streams, CallerOrganisation caller) {
        this.streams = streams;
        this.caller = caller;
    }

    @Operation(summary = "A post's comments by likes, newest or oldest, by cursor, under a summary of all of them "
            + "(counts per label, UNSCORED included; percentages and average score of the analysed ones)",
            description = "Read scope.")
    @RequiresScope(Scope.READ)
    @GetMapping(path = "/api/v1/videos/{id}/comments", produces = MediaType.APPLICATION_JSON_VALUE)
    public VideoCommentsView comments(@PathVariable long id,
                                      @Parameter(description = "likes, newest or oldest") @RequestParam(defaultValue = "newest") String sort,
                                      @RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) String cursor) {
        CommentOrder order = CommentOrder.parse(sort);
        int size = Limits.limit(limit);
        CommentCursor after = cursor == null ? null : CommentCursor.parse(cursor, order);
        long organisation = caller.id().filter(org -> streams.postExists(org, id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no video " + id));
        Page<SentimentComment> page = CommentPages.page(streams.post(organisation, id, order, after, size + 1), size, order);
        return new VideoCommentsView(id, order.name().toLowerCase(Locale.ROOT), streams.summary(organisation, id), page.items(), page.next());
    }
}
