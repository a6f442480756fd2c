package io.herdbook.api.rest;

import io.herdbook.api.access.RequiresScope;
import io.herdbook.api.access.Scope;
import io.herdbook.jobs.goals.Goal;
import io.herdbook.jobs.goals.GoalCommands;
import io.herdbook.jobs.goals.GoalDirectory;
import io.herdbook.jobs.goals.GoalRefusedException;
import io.herdbook.jobs.goals.GoalStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Goals: a target per creator per period for one metric, of a project or one of its campaigns. Reads are read
 * scope, changes write scope. Another organisation's ids answer 404.
 */
@Tag(name = "goals", description = "Goals of a project or campaign: create, list, change, archive, choose creators. "
        + "Read scope for GET, write scope otherwise.")
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
public class GoalsController {

    static final String TERMS = "The terms (metric, target, period, starts_on) cannot change once goal-evaluation stored a "
            + "result for the goal (409): those results were judged by the old terms; create a new goal instead.";

    private final GoalCommands commands;
    private final GoalStore goals;
    private final GoalDirectory directory;
    private final CallerOrganisation caller;

    GoalsController(GoalCommands commands, GoalStore goals, GoalDirectory directory, CallerOrganisation caller) {
        this.commands = commands;
        this.goals = goals;
        this.directory = directory;
        this.caller = caller;
    }

    @Operation(summary = "Create a goal: 201 with the goal and its Location",
            description = "Write scope. Body: name, metric (POSTS_IN_PERIOD, MIN_VIEWS_PER_POST, TOTAL_VIEWS, "
                    + "LIKES_RECEIVED), target (> 0), period (WEEKLY from local Monday, MONTHLY from the local 1st), starts_on "
                    + "(the first period is the one containing it), campaign_id (optional), creator_ids (optional: absent covers "
                    + "every creator of the project or campaign, now and later). 400 lists every field that is wrong.")
    @RequiresScope(Scope.WRITE)
    @PostMapping(path = "/projects/{id}/goals", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "201", description = "created")
    public ResponseEntity<GoalView> create(@PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RequestDocs.Goal.class)))
            @RequestBody(required = false) String body) {
        long organisation = organisation();
        long goal = commands.create(organisation, id, GoalRequest.draft(body));
        return ResponseEntity.created(URI.create("/api/v1/goals/" + goal)).body(view(organisation, goal));
    }

    @Operation(summary = "The project's goals in id order, each with its creators",
            description = "Read scope. Archived goals only with include_archived=true. A page like every "
                    + "list of the API; a project's goals all fit on one, so next is null.")
    @RequiresScope(Scope.READ)
    @GetMapping("/projects/{id}/goals")
    public Page<GoalView> list(@PathVariable long id,
                               @Parameter(description = "also list archived goals") @RequestParam(name = "include_archived", defaultValue = "false") boolean includeArchived) {
        long organisation = organisation();
        if (directory.projectZone(organisation, id).isEmpty()) {
            throw new GoalRefusedException.NotFound("no project " + id);
        }
        return new Page<>(goals.ofProject(organisation, id, includeArchived).stream().map(goal -> view(organisation, goal)).toList(), null);
    }

    @Operation(summary = "One goal with the creators it covers", description = "Read scope.")
    @RequiresScope(Scope.READ)
    @GetMapping("/goals/{id}")
    public GoalView goal(@PathVariable long id) {
        return view(organisation(), id);
    }

    @Operation(summary = "Rename a goal, or change its terms while it has no results",
            description = "Write scope. Body: any of name, metric, target, period, starts_on. " + TERMS
                    + " An archived goal cannot change (409).")
    @RequiresScope(Scope.WRITE)
    @PatchMapping(path = "/goals/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public GoalView change(@PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RequestDocs.GoalChange.class)))
            @RequestBody(required = false) String body) {
        long organisation = organisation();
        commands.change(organisation, id, GoalRequest.changes(body));
        return view(organisation, id);
    }

    @Operation(summary = "Make the goal cover a creator of its project (and campaign)",
            description = "Write scope. Covering a covered creator changes nothing; a creator outside "
                    + "the goal's project or campaign is a 400.")
    @RequiresScope(Scope.WRITE)
    @PutMapping("/goals/{id}/creators/{creatorId}")
    public GoalView cover(@PathVariable long id, @PathVariable long creatorId) {
        long organisation = organisation();
        commands.cover(organisation, id, creatorId);
        return view(organisation, id);
    }

    @Operation(summary = "Stop the goal covering a creator; its results so far stay",
            description = "Write scope. A goal that covered every creator then covers the others by "
                    + "name (creators added to the project later are not covered).")
    @RequiresScope(Scope.WRITE)
    @DeleteMapping("/goals/{id}/creators/{creatorId}")
    public GoalView uncover(@PathVariable long id, @PathVariable long creatorId) {
        long organisation = organisation();
        commands.uncover(organisation, id, creatorId);
        return view(organisation, id);
    }

    @Operation(summary = "Archive a goal: 204; it is no longer evaluated, its results and accruals stay",
            description = "Write scope. Archiving an archived goal changes nothing.")
    @RequiresScope(Scope.WRITE)
    @DeleteMapping("/goals/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void archive(@PathVariable long id) {
        commands.archive(organisation(), id);
    }

    private GoalView view(long organisation, long goal) {
        return view(organisation, goals.find(organisation, goal).orElseThrow(() -> new GoalRefusedException.NotFound("no goal " + goal)));
    }

    private GoalView view(long organisation, Goal goal) {
        return GoalView.of(goal, directory.handles(organisation, goals.creatorsOf(goal)));
    }

    /** The caller's organisation; while it does not exist every id is unknown. */
    private long organisation() {
        return caller.id().orElseThrow(() -> new GoalRefusedException.NotFound("nothing here for this organisation"));
    }
}
