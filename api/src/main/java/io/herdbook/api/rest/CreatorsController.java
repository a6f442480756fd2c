package io.herdbook.api.rest;

import io.herdbook.api.access.RequiresScope;
import io.herdbook.api.access.Scope;
import io.herdbook.reports.creators.CreatorSummaries;
import io.herdbook.reports.creators.CreatorSummary;
import io.herdbook.reports.creators.PostCursor;
import io.herdbook.reports.creators.PostSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Creators and their posts, with the latest counts. */
@Tag(name = "creators", description = "The creators tracked and their posts. Read scope.")
@RestController
@RequestMapping(path = "/api/v1/creators", produces = MediaType.APPLICATION_JSON_VALUE)
public class CreatorsController {

    private final CreatorSummaries summaries;
    private final CallerOrganisation caller;

    CreatorsController(CreatorSummaries summaries, CallerOrganisation caller) {
        this.summaries = summaries;
        this.caller = caller;
    }

    @Operation(summary = "The organisation's creators with their latest profile counts, by cursor", description = "Read scope.")
    @RequiresScope(Scope.READ)
    @GetMapping
    public Page<CreatorSummary> creators(@RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) String cursor) {
        int size = Limits.limit(limit);
        long afterId = Limits.afterId(cursor);
        List<CreatorSummary> items = organisation() == null ? List.of() : summaries.creators(organisation(), afterId, size + 1);
        boolean more = items.size() > size;
        List<CreatorSummary> page = more ? items.subList(0, size) : items;
        return new Page<>(page, more ? Long.toString(page.getLast().id()) : null);
    }

    @Operation(summary = "One creator with its latest profile counts and posts found", description = "Read scope.")
    @RequiresScope(Scope.READ)
    @GetMapping("/{id}")
    public CreatorSummary creator(@PathVariable long id) {
        Long organisation = organisation();
        return (organisation == null ? java.util.Optional.<CreatorSummary>empty() : summaries.creator(organisation, id))
                .orElseThrow(() -> noSuchCreator(id));
    }

    @Operation(summary = "A creator's posts, newest first, each with its latest stats, by cursor", description = "Read scope.")
    @RequiresScope(Scope.READ)
    @GetMapping("/{id}/posts")
    public Page<PostSummary> posts(@PathVariable long id, @RequestParam(defaultValue = "50") int limit,
                                   @RequestParam(required = false) String cursor) {
        int size = Limits.limit(limit);
        PostCursor after = parseCursor(cursor);
        Long organisation = organisation();
        if (organisation == null || !summaries.exists(organisation, id)) {
            throw noSuchCreator(id);
        }
        List<PostSummary> items = summaries.posts(organisation, id, after, size + 1);
        boolean more = items.size() > size;
        List<PostSummary> page = more ? items.subList(0, size) : items;
        PostSummary last = page.isEmpty() ? null : page.getLast();
        return new Page<>(page, more ? new PostCursor(last.postedAt(), last.id()).token() : null);
    }

    /** Another organisation's creator answers exactly like one that does not exist. */
    private static ResponseStatusException noSuchCreator(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no creator " + id);
    }

    private Long organisation() {
        return caller.id().orElse(null);
    }

    private static PostCursor parseCursor(String cursor) {
        try {
            return cursor == null ? null : PostCursor.parse(cursor);
        } catch (IllegalArgumentException e) {
            throw Limits.badCursor(cursor);
        }
    }
}
