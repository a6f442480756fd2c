package io.herdbook.api.rest;

import io.herdbook.api.access.RequiresScope;
import io.herdbook.api.access.Scope;
import io.herdbook.jobs.payouts.PayoutMethod;
import io.herdbook.jobs.payouts.PayoutMethodKind;
import io.herdbook.jobs.payouts.PayoutMethodStore;
import io.herdbook.jobs.payouts.PayoutRefusedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.util.Set;
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

/** Where creators want to be paid; at most one default method in use per creator. */
@Tag(name = "payout methods", description = "Creators' payout methods. Read scope to read, write scope to change.")
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
public class PayoutMethodsController {

    private static final Set<String> FIELDS = Set.of("kind", "details", "is_default");

    private final PayoutMethodStore methods;
    private final PayoutScope scope;
    private final Clock clock;

    PayoutMethodsController(PayoutMethodStore methods, PayoutScope scope, Clock clock) {
        this.methods = methods;
        this.scope = scope;
        this.clock = clock;
    }

    @Operation(summary = "Add a payout method: {kind: PAYPAL|BANK_TRANSFER|WISE|CHECK|OTHER, details (1-500 characters; never a full "
            + "account number), is_default?}; is_default true takes the default from the creator's other method, left out it is true "
            + "only for the creator's first default", description = "Write scope. 201; 400 listing the wrong fields.")
    @RequiresScope(Scope.WRITE)
    @PostMapping("/creators/{id}/payout-methods")
    @ApiResponse(responseCode = "201", description = "created")
    public ResponseEntity<PayoutMethodView> create(@PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RequestDocs.Method.class)))
            @RequestBody(required = false) String body) {
        PayoutScope.Creator creator = scope.creator(id);
        JsonBody json = JsonBody.of(body, FIELDS);
        PayoutMethodKind kind = json.choice("kind", true, PayoutMethodKind::parse);
        String details = json.text("details", true, 500);
        Boolean isDefault = json.bool("is_default", false);
        json.check();
        PayoutMethod method = methods.create(creator.organisation(), id, kind, details, isDefault);
        return ResponseEntity.created(URI.create("/api/v1/payout-methods/" + method.id())).body(PayoutMethodView.of(method));
    }

    @Operation(summary = "A creator's payout methods in id order, by cursor; archived ones with include_archived=true",
            description = "Read scope.")
    @RequiresScope(Scope.READ)
    @GetMapping("/creators/{id}/payout-methods")
    public Page<PayoutMethodView> list(@PathVariable long id, @RequestParam(name = "include_archived", defaultValue = "false") boolean archived,
                                       @RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) String cursor) {
        int size = Limits.limit(limit);
        long after = Limits.afterId(cursor);
        PayoutScope.Creator creator = scope.creator(id);
        return PayoutPages.byId(methods.list(creator.organisation(), id, archived, after, size + 1), size, PayoutMethod::id, PayoutMethodView::of);
    }

    @Operation(summary = "One payout method", description = "Read scope.")
    @RequiresScope(Scope.READ)
    @GetMapping("/payout-methods/{id}")
    public PayoutMethodView get(@PathVariable long id) {
        return PayoutMethodView.of(method(id));
    }

    @Operation(summary = "Change a payout method in use: {kind?, details?, is_default?}",
            description = "Write scope. is_default true takes the default from the creator's other method in the "
                    + "same transaction. 409 for an archived method; 400 listing the wrong fields.")
    @RequiresScope(Scope.WRITE)
    @PatchMapping("/payout-methods/{id}")
    public PayoutMethodView update(@PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RequestDocs.Method.class)))
            @RequestBody(required = false) String body) {
        PayoutMethod method = method(id);
        JsonBody json = JsonBody.of(body, FIELDS);
        PayoutMethodKind kind = json.choice("kind", false, PayoutMethodKind::parse);
        String details = json.has("details") ? json.text("details", true, 500) : null;
        Boolean isDefault = json.bool("is_default", false);
        json.check();
        return PayoutMethodView.of(methods.update(scope.organisation("no payout method " + id), method, kind, details, isDefault));
    }

    @Operation(summary = "Archive a payout method: no longer listed or the default; payments that name it keep it",
            description = "Write scope. 204.")
    @RequiresScope(Scope.WRITE)
    @DeleteMapping("/payout-methods/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void archive(@PathVariable long id) {
        method(id);
        methods.archive(scope.organisation("no payout method " + id), id, clock.instant());
    }

    private PayoutMethod method(long id) {
        return methods.find(scope.organisation("no payout method " + id), id)
                .orElseThrow(() -> PayoutRefusedException.notFound("no payout method " + id));
    }
}
