package io.herdbook.api.rest;

import io.herdbook.api.access.RequiresScope;
import io.herdbook.api.access.Scope;
import io.herdbook.jobs.payouts.Keyset;
import io.herdbook.jobs.payouts.NewPayment;
import io.herdbook.jobs.payouts.PayoutMethod;
import io.herdbook.jobs.payouts.PayoutMethodStore;
import io.herdbook.jobs.payouts.PayoutRefusedException;
import io.herdbook.jobs.payouts.Payment;
import io.herdbook.jobs.payouts.PaymentRecorder;
import io.herdbook.jobs.payouts.PaymentStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Payments: accrual lines marked paid, all at once, under a reference that is unique in the organisation. */
@Tag(name = "payments", description = "Money paid to creators. Read scope to read, write scope to pay.")
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
public class PaymentsController {

    static final String LIST = "payments";
    /** The most lines one payment settles: a month of daily posts for a busy creator, many times over. */
    static final int MAX_LINES = 1_000;
    private static final Set<String> FIELDS = Set.of("creator_id", "accrual_ids", "method_id", "reference", "paid_at");

    private final PaymentRecorder recorder;
    private final PaymentStore payments;
    private final PayoutMethodStore methods;
    private final PayoutScope scope;
    private final Clock clock;

    PaymentsController(PaymentRecorder recorder, PaymentStore payments, PayoutMethodStore methods, PayoutScope scope, Clock clock) {
        this.recorder = recorder;
        this.payments = payments;
        this.methods = methods;
        this.scope = scope;
        this.clock = clock;
    }

    @Operation(summary = "Pay accrual lines: {creator_id, accrual_ids: [...], method_id?, reference, paid_at?}; the amount is the lines' sum",
            description = "Write scope. Every line must be the creator's and unpaid; in one transaction the lines "
                    + "are locked, summed and attached to the new payment. 201 with the payment; 404 for a line or creator that is not the "
                    + "organisation's; 409 when a line is already paid or the reference is in use (nothing is recorded); 400 listing wrong fields. "
                    + "paid_at defaults to now and may not lie in the future; without method_id the creator's default method is recorded. "
                    + "The method's kind and details are kept on the payment as they were when paid.")
    @RequiresScope(Scope.WRITE)
    @PostMapping("/payments")
    @ApiResponse(responseCode = "201", description = "created")
    public ResponseEntity<PaymentView> pay(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RequestDocs.Payment.class)))
            @RequestBody(required = false) String body) {
        JsonBody json = JsonBody.of(body, FIELDS);
        Long creatorId = json.whole("creator_id", true, 1, Long.MAX_VALUE);
        List<Long> lines = json.ids("accrual_ids", MAX_LINES);
        Long methodId = json.whole("method_id", false, 1, Long.MAX_VALUE);
        String reference = json.text("reference", true, 200);
        Instant paidAt = json.instant("paid_at", false);
        Instant now = clock.instant();
        if (paidAt != null && paidAt.isAfter(now)) {
            json.problem("paid_at", "is in the future (" + paidAt + "); record a payment once it is made");
        }
        json.check();
        PayoutScope.Creator creator = scope.creator(creatorId);
        if (methodId != null) {
            checkMethod(creator, methodId);
        } else {
            // No method named: the creator's default one, if it has one, is where the money went.
            methodId = methods.defaultOf(creator.organisation(), creator.id()).map(PayoutMethod::id).orElse(null);
        }
        Payment payment = recorder.pay(creator.organisation(),
                new NewPayment(creatorId, lines, methodId, reference, paidAt != null ? paidAt : now));
        return ResponseEntity.created(URI.create("/api/v1/payments/" + payment.id())).body(PaymentView.of(payment));
    }

    @Operation(summary = "One payment, with the lines it paid and its receipt_url", description = "Read scope.")
    @RequiresScope(Scope.READ)
    @GetMapping("/payments/{id}")
    public PaymentView get(@PathVariable long id) {
        return PaymentView.of(payments.find(scope.organisation("no payment " + id), id)
                .orElseThrow(() -> PayoutRefusedException.notFound("no payment " + id)));
    }

    @Operation(summary = "A creator's payments, newest paid first, by cursor", description = "Read scope.")
    @RequiresScope(Scope.READ)
    @GetMapping("/creators/{id}/payments")
    public Page<PaymentView> list(@PathVariable long id, @RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) String cursor) {
        int size = Limits.limit(limit);
        Keyset after = cursor == null ? null : Keyset.parse(LIST, cursor);
        PayoutScope.Creator creator = scope.creator(id);
        return PayoutPages.byKeyset(payments.list(creator.organisation(), id, after, size + 1), size,
                p -> new Keyset(LIST, p.paidAt(), p.id()), PaymentView::of);
    }

    private void checkMethod(PayoutScope.Creator creator, long methodId) {
        PayoutMethod method = methods.find(creator.organisation(), methodId).orElse(null);
        if (method == null || method.creatorId() != creator.id() || method.archivedAt() != null) {
            throw PayoutRefusedException.invalid("method_id", "no payout method " + methodId + " of creator " + creator.id() + " in use");
        }
    }
}
