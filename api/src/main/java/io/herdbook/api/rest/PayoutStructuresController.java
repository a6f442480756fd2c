package io.herdbook.api.rest;

import io.herdbook.api.access.RequiresScope;
import io.herdbook.api.access.Scope;
import io.herdbook.jobs.payouts.PayoutRefusedException;
import io.herdbook.jobs.payouts.PayoutStructure;
import io.herdbook.jobs.payouts.PayoutStructureStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payout structures: CPM (rate per 1,000 views, optional cap per post and marginal tiers), flat fee per qualifying
 * post, goal bonus. Their terms are evidence of the lines computed from them, so they change only while there are none.
 */
@Tag(name = "payout structures", description = "How creators are paid. Read scope to read, write scope to change.")
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
public class PayoutStructuresController {

    private final PayoutStructureStore structures;
    private final PayoutScope scope;
    private final Clock clock;

    PayoutStructuresController(PayoutStructureStore structures, PayoutScope scope, Clock clock) {
        this.structures = structures;
        this.scope = scope;
        this.clock = clock;
    }

    @Operation(summary = "Create a payout structure: {name, kind: CPM|FLAT_PER_POST|GOAL_BONUS, period: WEEKLY|MONTHLY, starts_on, "
            + "campaign_id?} with CPM {cpm_rate, cap_per_post?, tiers?: [{from_views, cpm_rate}], min_views?, view_window_days?}, "
            + "FLAT_PER_POST {flat_fee, min_views?, view_window_days?} or GOAL_BONUS {goal_id, bonus_amount} (period and, if left out, "
            + "starts_on from the goal)", description = "Write scope. Amounts are text such as \"2.50\". Tiers start at "
            + "0 views, go up strictly, at most 20. 201 with its Location; 400 listing the wrong fields.")
    @RequiresScope(Scope.WRITE)
    @PostMapping("/projects/{id}/payout-structures")
    @ApiResponse(responseCode = "201", description = "created")
    public ResponseEntity<PayoutStructureView> create(@PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RequestDocs.Structure.class)))
            @RequestBody(required = false) String body) {
        PayoutScope.Project project = scope.project(id);
        PayoutStructure created = structures.create(project.organisation(), PayoutStructureRequests.create(body, project, scope.owned()));
        return ResponseEntity.created(URI.create("/api/v1/payout-structures/" + created.id())).body(PayoutStructureView.of(created));
    }

    @Operation(summary = "A project's payout structures in id order, by cursor; archived ones with include_archived=true",
            description = "Read scope.")
    @RequiresScope(Scope.READ)
    @GetMapping("/projects/{id}/payout-structures")
    public Page<PayoutStructureView> list(@PathVariable long id, @RequestParam(name = "include_archived", defaultValue = "false") boolean archived,
                                          @RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) String cursor) {
        int size = Limits.limit(limit);
        long after = Limits.afterId(cursor);
        PayoutScope.Project project = scope.project(id);
        return PayoutPages.byId(structures.list(project.organisation(), id, archived, after, size + 1), size, PayoutStructure::id,
                PayoutStructureView::of);
    }

    @Operation(summary = "One payout structure", description = "Read scope.")
    @RequiresScope(Scope.READ)
    @GetMapping("/payout-structures/{id}")
    public PayoutStructureView get(@PathVariable long id) {
        return PayoutStructureView.of(structure(id));
    }

    @Operation(summary = "Rename, archive ({archived: true}) or restore a structure, or change its terms while it has no accrual lines",
            description = "Write scope. Terms of a structure with accrual lines are their evidence: changing them "
                    + "is a 409 (create a new structure instead). kind, period, starts_on, campaign_id and goal_id never change.")
    @RequiresScope(Scope.WRITE)
    @PatchMapping("/payout-structures/{id}")
    public PayoutStructureView update(@PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RequestDocs.StructureChange.class)))
            @RequestBody(required = false) String body) {
        PayoutStructure current = structure(id);
        long organisation = scope.organisation("no payout structure " + id);
        PayoutStructureRequests.Change change = PayoutStructureRequests.change(body, current.kind(), current.terms());
        boolean archive = change.archived() != null && change.archived() != (current.archivedAt() != null);
        return PayoutStructureView.of(structures.change(organisation, id, change.name(), archive,
                Boolean.TRUE.equals(change.archived()) ? clock.instant() : null,
                change.terms().equals(current.terms()) ? null : change.terms()).orElseThrow(() -> noStructure(id)));
    }

    @Operation(summary = "Archive a payout structure: it accrues no more; its lines stay", description = "Write scope. 204.")
    @RequiresScope(Scope.WRITE)
    @DeleteMapping("/payout-structures/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void archive(@PathVariable long id) {
        PayoutStructure current = structure(id);
        if (current.archivedAt() == null) {
            structures.change(scope.organisation("no payout structure " + id), id, null, true, clock.instant(), null);
        }
    }

    private PayoutStructure structure(long id) {
        return structures.find(scope.organisation("no payout structure " + id), id).orElseThrow(() -> noStructure(id));
    }

    private static PayoutRefusedException noStructure(long id) {
        return PayoutRefusedException.notFound("no payout structure " + id);
    }
}
