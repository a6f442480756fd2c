package io.herdbook.api.rest;

import io.herdbook.api.access.RequiresScope;
import io.herdbook.api.access.Scope;
import io.herdbook.scheduler.catalogue.JobCatalogue;
import io.herdbook.scheduler.control.Backfills;
import io.herdbook.scheduler.control.ScheduleControls;
import io.herdbook.scheduler.ledger.Run;
import io.herdbook.scheduler.ledger.RunLedger;
import io.herdbook.scheduler.runs.RunDispatcher;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.quartz.SchedulerException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The job catalogue and its runs: schedules with their state, the run ledger, pause and resume, backfills
 * and run-now. Runs are queued for the workers (JobRunr), never run in the request. Reading them
 * takes read scope; pause, resume, backfills and run-now reach past one organisation, so they take a platform
 * admin's admin scope ({@code Scope.PLATFORM}).
 */
@Tag(name = "jobs", description = "The job catalogue, its schedules and the run ledger. Read scope to read; pause, resume, "
        + "backfills and run-now: admin scope held by a platform admin.")
@RestController
@RequestMapping(path = "/api/v1/jobs", produces = MediaType.APPLICATION_JSON_VALUE)
public class JobsController {

    /** Who changed a schedule, as the pause table records it, until API keys name the caller. */
    static final String BY = "api";

    private final JobCatalogue catalogue;
    private final ScheduleControls controls;
    private final Backfills backfills;
    private final RunLedger ledger;

    public JobsController(JobCatalogue catalogue, ScheduleControls controls, Backfills backfills, RunLedger ledger) {
        this.catalogue = catalogue;
        this.controls = controls;
        this.backfills = backfills;
        this.ledger = ledger;
    }

    @Operation(summary = "The catalogue's jobs with their schedules' state", description = "Read scope.")
    @RequiresScope(Scope.READ)
    @GetMapping
    public List<JobSchedule> jobs() {
        return controls.list().stream().map(JobSchedule::of).toList();
    }

    @Operation(summary = "One job's schedule; 404 naming the known jobs", description = "Read scope.")
    @RequiresScope(Scope.READ)
    @GetMapping("/{name}")
    public JobSchedule job(@PathVariable String name) {
        return JobSchedule.of(controls.view(name));
    }

    @Operation(summary = "A job's runs, newest period first, by cursor", description = "Read scope.")
    @RequiresScope(Scope.READ)
    @GetMapping("/{name}/runs")
    public Page<JobRun> runs(@PathVariable String name, @RequestParam(defaultValue = "50") int limit,
                             @RequestParam(required = false) String cursor) {
        int size = Limits.limit(limit);
        RunCursor after = parseCursor(cursor);
        catalogue.get(name);
        List<Run> rows = after == null ? ledger.list(name, null, size + 1) : ledger.listAfter(name, after.period(), after.revision(), size + 1);
        boolean more = rows.size() > size;
        List<Run> page = more ? rows.subList(0, size) : rows;
        return new Page<>(page.stream().map(JobRun::of).toList(), more ? RunCursor.after(page.getLast()).token() : null);
    }

    @Operation(summary = "One run of a job, for polling; 404 if it is not that job's", description = "Read scope.")
    @RequiresScope(Scope.READ)
    @GetMapping("/{name}/runs/{id}")
    public JobRun run(@PathVariable String name, @PathVariable long id) {
        catalogue.get(name);
        return ledger.find(id).filter(run -> run.jobName().equals(name)).map(JobRun::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no run " + id + " of " + name));
    }

    @Operation(summary = "Pause a job's schedule on every node", description = "Admin scope held by a platform admin (it reaches past one organisation).")
    @RequiresScope(Scope.PLATFORM)
    @PostMapping("/{name}/pause")
    public JobSchedule pause(@PathVariable String name) throws SchedulerException {
        return JobSchedule.of(controls.pause(name, BY));
    }

    @Operation(summary = "Resume a job's schedule from its next period", description = "Admin scope held by a platform admin (it reaches past one organisation).")
    @RequiresScope(Scope.PLATFORM)
    @PostMapping("/{name}/resume")
    public JobSchedule resume(@PathVariable String name) throws SchedulerException {
        return JobSchedule.of(controls.resume(name, BY));
    }

    /** The backfill body as the API document shows it ({@link BackfillRequest} reads it). */
    @Schema(name = "BackfillRequest")
    record BackfillDoc(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "an instant or a whole UTC day", example = "2026-12-01")
                       String from, @Schema(description = "default: from") String to, @Schema(description = "re-run completed periods") Boolean force) {
    }

    @Operation(summary = "Queue a job's past periods, each once",
            description = "202 when at least one period was queued; 409 when every period already ran or is queued "
                    + "(force re-runs completed ones as new revisions); 400 for a bad range or body. "
                    + "Admin scope held by a platform admin (it reaches past one organisation).")
    @RequiresScope(Scope.PLATFORM)
    @PostMapping(path = "/{name}/backfills", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "202", description = "at least one period queued")
    public ResponseEntity<BackfillResult> backfill(@PathVariable String name,
                                                   @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(
                                                           implementation = BackfillDoc.class))) @RequestBody(required = false) String body) {
        catalogue.get(name);
        BackfillRequest request = BackfillRequest.parse(body);
        List<BackfillOutcome> periods = backfills.backfill(name, request.from(), request.to(), request.force()).stream()
                .map(BackfillOutcome::of).toList();
        int queued = (int) periods.stream().filter(BackfillOutcome::queued).count();
        if (queued == 0) {
            throw new BackfillConflictException(name, periods, request.force());
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new BackfillResult(name, queued, periods));
    }

    @Operation(summary = "Queue a run of a job now, outside its schedule",
            description = "202 with the queued run and its Location; 200 with the run if this second's run is there already. "
                    + "Admin scope held by a platform admin (it reaches past one organisation).")
    @RequiresScope(Scope.PLATFORM)
    @PostMapping("/{name}/runs")
    public ResponseEntity<JobRun> runNow(@PathVariable String name) {
        RunDispatcher.Dispatch dispatch = backfills.runNow(name);
        HttpStatus status = dispatch instanceof RunDispatcher.Dispatch.Queued ? HttpStatus.ACCEPTED : HttpStatus.OK;
        return ResponseEntity.status(status).location(URI.create("/api/v1/jobs/" + name + "/runs/" + dispatch.run().id()))
                .body(JobRun.of(dispatch.run()));
    }

    private static RunCursor parseCursor(String cursor) {
        try {
            return cursor == null ? null : RunCursor.parse(cursor);
        } catch (IllegalArgumentException e) {
            throw Limits.badCursor(cursor);
        }
    }
}
