package io.herdbook.api.rest;

import io.herdbook.api.access.RequiresScope;
import io.herdbook.api.access.Scope;
import io.herdbook.jobs.lifecycle.CreatorLifecycle;
import io.herdbook.jobs.lifecycle.LifecycleRefusedException;
import io.herdbook.jobs.tracking.CreatorEvent;
import io.herdbook.jobs.tracking.CreatorEvents;
import io.herdbook.reports.creators.CreatorSummaries;
import io.herdbook.reports.creators.CreatorSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A creator's lifecycle: re-enable after the failure policy disabled it, rename, and the history of both and of
 * what the jobs did to it. Another organisation's creator answers 404 like one that does not exist.
 */
@Tag(name = "creators", description = "The creators tracked and their posts. Read scope.")
@RestController
@RequestMapping(path = "/api/v1/creators", produces = MediaType.APPLICATION_JSON_VALUE)
public class CreatorLifecycleController {

    /** The actor of the events an API caller's actions write (API keys will name the key, issue 5). */
    static final String ACTOR = "api";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CreatorLifecycle lifecycle;
    private final CreatorEvents events;
    private final CreatorSummaries summaries;
    private final JobRequestScheduler queue;
    private final CallerOrganisation caller;

    CreatorLifecycleController(CreatorLifecycle lifecycle, CreatorEvents events, CreatorSummaries summaries, JobRequestScheduler queue,
                               CallerOrganisation caller) {
        this.lifecycle = lifecycle;
        this.events = events;
        this.summaries = summaries;
        this.queue = queue;
        this.caller = caller;
    }

    @Operation(summary = "Re-enable a disabled creator: ACTIVE again, its failure count reset, a REENABLED event",
            description = "Write scope. 409 when the creator is not DISABLED, or when it was re-enabled "
                    + "less than herdbook.failures.reenable-cooldown (24 h) ago; that problem's allowed_from says from when. "
                    + "It takes no body (or {}); anything else is a 400 and changes nothing.")
    @RequiresScope(Scope.WRITE)
    @PostMapping("/{id}/re-enable")
    public CreatorSummary reEnable(@PathVariable long id, @RequestBody(required = false) String body) {
        // Checked before anything is done: a caller who sent something meant something else, and must learn so.
        requireNoFields(body);
        long organisation = organisation(id);
        lifecycle.reEnable(organisation, id, ACTOR);
        return view(organisation, id);
    }

    @Operation(summary = "Rename a creator: the same record keeps its posts, payouts and history; a fresh profile fetch is queued",
            description = "Write scope. Body: {\"handle\": \"new_handle\"} (a handle, @handle or a link to "
                    + "one, read as herdbook track reads it; 400 otherwise). 409 when the project already tracks that handle. "
                    + "A RENAMED event is recorded; a creator that was NOT_FOUND or disabled as ACCOUNT_DELETED becomes ACTIVE "
                    + "(REACTIVATED). The profile fetch runs on a worker as a JobRunr job; the same handle again changes nothing.")
    @RequiresScope(Scope.WRITE)
    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public CreatorSummary rename(@PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RenameBody.class)))
            @RequestBody(required = false) String body) {
        long organisation = organisation(id);
        CreatorLifecycle.Renamed renamed = lifecycle.rename(organisation, id, handleOf(body), ACTOR);
        if (renamed.changed()) {
            ProfileFetchJob job = ProfileFetchJob.after(organisation, id, renamed.handle(), renamed.at());
            queue.enqueue(job.id(), job);
        }
        return view(organisation, id);
    }

    @Operation(summary = "A creator's history, newest first, by cursor",
            description = "Read scope. Each event: at, kind (AUTO_DISABLED, REENABLED, RENAMED, "
                    + "REACTIVATED, STATUS_CHANGED), slot (a job's), detail, actor.")
    @RequiresScope(Scope.READ)
    @GetMapping("/{id}/events")
    public Page<CreatorEventView> events(@PathVariable long id, @RequestParam(defaultValue = "50") int limit,
                                         @RequestParam(required = false) String cursor) {
        int size = Limits.limit(limit);
        long beforeId = Limits.afterId(cursor);
        long organisation = organisation(id);
        if (!summaries.exists(organisation, id)) {
            throw new LifecycleRefusedException.NotFound(id);
        }
        List<CreatorEvent> items = events.page(organisation, id, beforeId, size + 1);
        boolean more = items.size() > size;
        List<CreatorEvent> page = more ? items.subList(0, size) : items;
        return new Page<>(page.stream().map(CreatorEventView::of).toList(), more ? Long.toString(page.getLast().id()) : null);
    }

    /** The body of a rename, for the API document. */
    @Schema(name = "CreatorRename")
    record RenameBody(@Schema(description = "the new handle", example = "frys_8", requiredMode = Schema.RequiredMode.REQUIRED) String handle) {
    }

    private static String handleOf(String body) {
        JsonNode tree;
        try {
            tree = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JacksonException e) {
            throw new LifecycleRefusedException.Invalid("", "not well-formed JSON");
        }
        if (tree == null || !tree.isObject()) {
            throw new LifecycleRefusedException.Invalid("", "a JSON object {\"handle\": \"...\"} is required");
        }
        for (String field : tree.propertyNames()) {
            if (!field.equals("handle")) {
                throw new LifecycleRefusedException.Invalid(field.length() > 64 ? field.substring(0, 64) + "…" : field,
                        "unknown field; this takes handle");
            }
        }
        JsonNode handle = tree.get("handle");
        if (handle == null || !handle.isString()) {
            throw new LifecycleRefusedException.Invalid("handle", "handle is required, as a string");
        }
        return handle.asString();
    }

    private static void requireNoFields(String body) {
        JsonNode tree;
        try {
            tree = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JacksonException e) {
            throw new LifecycleRefusedException.Invalid("", "not well-formed JSON");
        }
        if (tree == null) {
            return;
        }
        if (!tree.isObject()) {
            throw new LifecycleRefusedException.Invalid("", "re-enable takes no body, or an empty JSON object {}");
        }
        java.util.Iterator<String> fields = tree.propertyNames().iterator();
        if (fields.hasNext()) {
            String field = fields.next();
            throw new LifecycleRefusedException.Invalid(field.length() > 64 ? field.substring(0, 64) + "…" : field,
                    "unknown field; re-enable takes none");
        }
    }

    private CreatorSummary view(long organisation, long id) {
        return summaries.creator(organisation, id).orElseThrow(() -> new LifecycleRefusedException.NotFound(id));
    }

    /** The caller's organisation; without one, every id is unknown. */
    private long organisation(long id) {
        return caller.id().orElseThrow(() -> new LifecycleRefusedException.NotFound(id));
    }
}
