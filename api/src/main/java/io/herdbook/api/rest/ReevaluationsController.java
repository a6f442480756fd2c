package io.herdbook.api.rest;

import io.herdbook.api.access.RequiresScope;
import io.herdbook.api.access.Scope;
import io.herdbook.jobs.payouts.accrual.Adjustment;
import io.herdbook.jobs.payouts.accrual.Reevaluation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Re-evaluating a payout structure's period after its stats changed: the differences become adjusting lines, and no
 * line already written changes. Write scope.
 */
@Tag(name = "payouts", description = "Payout structures, accrual lines and payments. Write scope for changes.")
@RestController
public class ReevaluationsController {

    /** The request: the first local day of the period to re-evaluate. */
    public record ReevaluationRequest(LocalDate periodStart) {
    }

    /** What the re-evaluation wrote; empty when the period's lines already match the stats. */
    public record ReevaluationResult(long structureId, LocalDate periodStart, List<AdjustmentView> lines) {
    }

    /**
     * One adjusting line (revision ≥ 1, {@code adjusts} its original line) or, for a post the first evaluation had no
     * line for, its original line ({@code adjusts} null).
     */
    public record AdjustmentView(long id, Long adjusts, long creatorId, Long postId, int revision, String computedAmount,
                                 String amount, String unfundedAmount, String note) {

        static AdjustmentView of(Adjustment adjustment) {
            return new AdjustmentView(adjustment.lineId(), adjustment.adjustsId(), adjustment.creatorId(), adjustment.postId(),
                    adjustment.revision(), io.herdbook.jobs.payouts.Money.text(adjustment.computedDelta()),
                    io.herdbook.jobs.payouts.Money.text(adjustment.amountDelta()), io.herdbook.jobs.payouts.Money.text(adjustment.unfundedDelta()),
                    adjustment.note());
        }
    }

    private final Reevaluation reevaluation;
    private final CallerOrganisation caller;

    ReevaluationsController(Reevaluation reevaluation, CallerOrganisation caller) {
        this.reevaluation = reevaluation;
        this.caller = caller;
    }

    @Operation(summary = "Re-evaluate one closed period of a payout structure and write the differences as adjusting lines",
            description = "Write scope. Body: {\"period_start\": \"2026-09-01\"}, the period's first local day. "
                    + "Paid lines never change; a correction is a new line (revision n+1) with the difference, settled by a later "
                    + "payment. 409 when the period has not been evaluated yet (the answer says when it will be). Goal results are "
                    + "final once written, so a bonus re-evaluates to what it was.")
    @RequiresScope(Scope.WRITE)
    @PostMapping(path = "/api/v1/payout-structures/{id}/reevaluations", produces = MediaType.APPLICATION_JSON_VALUE)
    public ReevaluationResult reevaluate(@PathVariable long id,
                                         @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                                                 schema = @Schema(implementation = ReevaluationRequest.class)))
                                         @RequestBody(required = false) String body) {
        // Read field by field like the other payout bodies: an unknown field or a wrong date is a 400 naming it.
        JsonBody json = JsonBody.of(body, Set.of("period_start"));
        ReevaluationRequest request = new ReevaluationRequest(json.date("period_start", true));
        json.check();
        long organisation = caller.id().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no payout structure " + id));
        try {
            List<AdjustmentView> lines = reevaluation.reevaluate(organisation, id, request.periodStart()).stream().map(AdjustmentView::of).toList();
            return new ReevaluationResult(id, request.periodStart(), lines);
        } catch (Reevaluation.Refused e) {
            throw new ResponseStatusException(e.notFound() ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT, e.getMessage());
        }
    }
}
