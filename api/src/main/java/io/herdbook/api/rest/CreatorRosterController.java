package io.herdbook.api.rest;

import io.herdbook.api.access.RequiresScope;
import io.herdbook.api.access.Scope;
import io.herdbook.api.limits.Admission;
import io.herdbook.api.limits.LimitName;
import io.herdbook.jobs.lifecycle.CreatorLifecycle;
import io.herdbook.jobs.lifecycle.LifecycleRefusedException;
import io.herdbook.jobs.platform.Handles;
import io.herdbook.jobs.payouts.PayoutRefusedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jobrunr.scheduling.JobRequestScheduler;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Adding and removing the creators an organisation tracks, one or up to {@value #BULK} at a time, and a profile
 * refresh asked for by hand. Adding is limited by the plan's {@code creators} (402), refreshing by
 * {@code manual_refreshes_per_day} (429). Another organisation's ids answer 404 like unknown ones and change nothing.
 */
@Tag(name = "creators", description = "The creators tracked and their posts.")
@RestController
@RequestMapping(path = "/api/v1/creators", produces = MediaType.APPLICATION_JSON_VALUE)
public class CreatorRosterController {

    /** The most handles or ids one request may carry. */
    static final int BULK = 50;

    private final CreatorRoster roster;
    private final Admission admission;
    private final JobRequestScheduler queue;
    private final TransactionTemplate transaction;
    private final CallerOrganisation caller;
    private final Clock clock;

    CreatorRosterController(CreatorRoster roster, Admission admission, JobRequestScheduler queue, TransactionTemplate transaction,
                            CallerOrganisation caller, Clock clock) {
        this.roster = roster;
        this.admission = admission;
        this.queue = queue;
        this.transaction = transaction;
        this.caller = caller;
        this.clock = clock;
    }

    /** What several creators added in one request became. */
    public record Added(List<CreatorAdded> creators) {
    }

    /** The ids a bulk action changed (all it was given). */
    public record Changed(List<Long> ids) {
    }

    /** A queued profile refresh. */
    public record Refresh(long creatorId, String jobId, Instant slot) {
    }

    @Operation(summary = "Track a creator {project_id, handle, tracking_start?} or up to 50 {project_id, handles: [...]}",
            description = "Write scope. A handle is a handle, @handle or a profile or post link, read in lower case; every one is "
                    + "checked before any is written (400 listing the wrong ones). A handle the project has is left as it is (or "
                    + "reactivated if it was gone, restored if it was removed). New and restored creators count against the plan's "
                    + "creators: 402 (limit \"creators\") when they do not all fit, and nothing is added. 201 when any was added.")
    @RequiresScope(Scope.WRITE)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "201", description = "at least one creator added")
    public ResponseEntity<?> add(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RosterRequestDocs.Addition.class)))
            @RequestBody(required = false) String body) {
        JsonBody json = JsonBody.of(body, Set.of("project_id", "handle", "handles", "tracking_start"));
        Long project = json.whole("project_id", true, 1, Long.MAX_VALUE);
        Instant trackingStart = json.instant("tracking_start", false);
        boolean bulk = json.has("handles");
        if (bulk == json.has("handle")) {
            json.problem("handle", "give either handle (one) or handles (a list of up to " + BULK + "), not both or neither");
        }
        List<String> handles = bulk ? handles(json) : json.has("handle") ? one(json) : List.of();
        json.check();
        List<CreatorAdded> added = roster.add(organisation(project), project, handles, trackingStart);
        HttpStatus status = added.stream().anyMatch(CreatorAdded::admitted) ? HttpStatus.CREATED : HttpStatus.OK;
        if (bulk) {
            return ResponseEntity.status(status).body(new Added(added));
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
        if (status == HttpStatus.CREATED) {
            answer.location(URI.create("/api/v1/creators/" + added.getFirst().id()));
        }
        return answer.body(added.getFirst());
    }

    @Operation(summary = "Stop tracking a creator: removed, no longer fetched or counted against the plan; its history stays",
            description = "Write scope. Removing it again changes nothing. Adding its handle again brings it back.")
    @RequiresScope(Scope.WRITE)
    @DeleteMapping("/{id}")
    public ResponseEntity<Void> remove(@PathVariable long id) {
        roster.remove(organisation(id), List.of(id));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Remove up to 50 creators {ids: [...]}: all or none", description = "Write scope. Any id that is not the "
            + "organisation's refuses the whole request (404, refused_ids) and nothing changes.")
    @RequiresScope(Scope.WRITE)
    @PostMapping(path = "/bulk-remove", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Changed bulkRemove(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RosterRequestDocs.Ids.class)))
            @RequestBody(required = false) String body) {
        List<Long> ids = ids(body);
        return new Changed(roster.remove(organisation(0), ids));
    }

    @Operation(summary = "Re-enable up to 50 disabled creators {ids: [...]}: all or none", description = "Write scope. Any id "
            + "that is not the organisation's refuses the whole request (404, refused_ids); one that is not disabled, was removed, "
            + "or was re-enabled within the cool-down refuses it too (409, refused_ids); nothing changes.")
    @RequiresScope(Scope.WRITE)
    @PostMapping(path = "/bulk-re-enable", consumes = MediaType.APPLICATION_JSON_VALUE)
    public Changed bulkReEnable(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RosterRequestDocs.Ids.class)))
            @RequestBody(required = false) String body) {
        List<Long> ids = ids(body);
        return new Changed(roster.reEnable(organisation(0), ids));
    }

    @Operation(summary = "Fetch a creator's profile now (a JobRunr job); 202", description = "Write scope. Counts against the "
            + "plan's manual_refreshes_per_day: 429 with Retry-After once used up. 409 for a removed creator. Takes no body (or {}).")
    @RequiresScope(Scope.WRITE)
    @PostMapping("/{id}/refresh")
    @ApiResponse(responseCode = "202", description = "queued")
    public ResponseEntity<Refresh> refresh(@PathVariable long id, @RequestBody(required = false) String body) {
        if (body != null && !body.isBlank()) {
            JsonBody.of(body, Set.of()).check();
        }
        long organisation = organisation(id);
        Instant slot = clock.instant();
        ProfileFetchJob job = transaction.execute(status -> {
            Map<String, Object> creator = roster.refreshable(organisation, id);
            if (CreatorLifecycle.REMOVED.equals(creator.get("reason"))) {
                throw PayoutRefusedException.conflict("creator " + id + " was removed; add its handle again to track it");
            }
            // Counted in the transaction: a refresh that fails after this is not one of the day's.
            admission.count(organisation, LimitName.MANUAL_REFRESHES_PER_DAY);
            return new ProfileFetchJob(organisation, id, slot.toString(), "profile fetch of @" + creator.get("handle") + " asked for by hand");
        });
        queue.enqueue(job.id(), job);
        return ResponseEntity.accepted().body(new Refresh(id, job.id().toString(), slot));
    }

    private static List<String> one(JsonBody json) {
        String input = json.text("handle", true, 2048);
        if (input == null) {
            return List.of();
        }
        return Handles.fromInput(input).map(List::of).orElseGet(() -> {
            json.problem("handle", "'" + quoted(input) + "' is neither a handle (letters, digits, '_' and '.', at most 24) nor a link to one");
            return List.of();
        });
    }

    private static List<String> handles(JsonBody json) {
        List<String> inputs = json.strings("handles", BULK);
        LinkedHashSet<String> handles = new LinkedHashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            String input = inputs.get(i);
            int at = i;
            Handles.fromInput(input).ifPresentOrElse(handles::add, () -> json.problem("handles[" + at + "]",
                    "'" + quoted(input) + "' is neither a handle (letters, digits, '_' and '.', at most 24) nor a link to one"));
        }
        return new ArrayList<>(handles);
    }

    private static List<Long> ids(String body) {
        JsonBody json = JsonBody.of(body, Set.of("ids"));
        List<Long> ids = json.ids("ids", BULK);
        json.check();
        return ids;
    }

    private static String quoted(String input) {
        return input.length() > 200 ? input.substring(0, 200) + "…" : input;
    }

    /** The caller's organisation; without one, every id is unknown. */
    private long organisation(long id) {
        return caller.id().orElseThrow(() -> new LifecycleRefusedException.NotFound(id));
    }
}
