package io.herdbook.api.rest;

import io.herdbook.api.access.RequiresScope;
import io.herdbook.api.access.Scope;
import io.herdbook.reports.completeness.CaptureCompleteness;
import io.herdbook.reports.completeness.CreatorCompleteness;
import io.herdbook.reports.completeness.ProjectCompleteness;
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

/** How much of what its creators' profiles count a project has captured. */
@Tag(name = "completeness", description = "Captured posts against the profiles' post counts. Read scope.")
@RestController
@RequestMapping(path = "/api/v1/projects/{id}/completeness", produces = MediaType.APPLICATION_JSON_VALUE)
public class CompletenessController {

    private final CaptureCompleteness completeness;
    private final CallerOrganisation caller;

    CompletenessController(CaptureCompleteness completeness, CallerOrganisation caller) {
        this.completeness = completeness;
        this.caller = caller;
    }

    @Operation(summary = "The project's completeness and its creators', by cursor",
            description = "Read scope. Per creator: posts captured since its tracking start / the post count "
                    + "of its latest profile snapshot, capped at 1; null when no count is known or the creator has a tracking start "
                    + "(the profile then counts posts that are not expected). Per project: the sum of captured (each capped at its "
                    + "count) / the sum of counts, over its ACTIVE and PRIVATE creators with a figure.")
    @RequiresScope(Scope.READ)
    @GetMapping
    public CompletenessView project(@PathVariable long id, @RequestParam(defaultValue = "50") int limit,
                                    @RequestParam(required = false) String cursor) {
        int size = Limits.limit(limit);
        long afterId = Limits.afterId(cursor);
        long organisation = caller.id().orElseThrow(() -> noSuchProject(id));
        ProjectCompleteness figure = completeness.project(organisation, id).orElseThrow(() -> noSuchProject(id));
        List<CreatorCompleteness> rows = completeness.creators(organisation, id, afterId, size + 1);
        boolean more = rows.size() > size;
        List<CreatorCompleteness> page = more ? rows.subList(0, size) : rows;
        return CompletenessView.of(figure, new Page<>(page, more ? Long.toString(page.getLast().creatorId()) : null));
    }

    /** Another organisation's project answers exactly like one that does not exist. */
    private static ResponseStatusException noSuchProject(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no project " + id);
    }
}
