package io.herdbook.api.rest;

import io.herdbook.api.access.RequiresScope;
import io.herdbook.api.access.Scope;
import io.herdbook.jobs.payouts.Keyset;
import io.herdbook.jobs.payouts.PayoutRefusedException;
import io.herdbook.reports.accruals.AccrualLine;
import io.herdbook.reports.accruals.AccrualLines;
import io.herdbook.reports.accruals.AccrualQuery;
import io.herdbook.reports.range.DateRange;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Accrual lines with their evidence and payment, and creators' balances. Lines are written by goal-evaluation, never here. */
@Tag(name = "accruals", description = "What creators are owed and were paid. Read scope.")
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
public class AccrualsController {

    static final String LIST = "accruals";
    private static final String RANGE = "Whole days of accrued_at in the project's time zone, both included (C11); with neither from nor to, "
            + "every line; with one, to defaults to today and from to 29 days before to; at most " + DateRange.MAX_DAYS + " days.";

    private final AccrualLines lines;
    private final PayoutScope scope;
    private final Clock clock;

    AccrualsController(AccrualLines lines, PayoutScope scope, Clock clock) {
        this.lines = lines;
        this.scope = scope;
        this.clock = clock;
    }

    @Operation(summary = "A project's accrual lines, oldest accrued first by (accrued_at, id), by cursor; each with its evidence "
            + "(post and url, snapshot_observed_at, views, goal_result_id), amounts as text, revision, adjusts_id and payment",
            description = "Read scope. " + RANGE)
    @RequiresScope(Scope.READ)
    @GetMapping("/projects/{id}/accruals")
    public Page<AccrualView> list(@PathVariable long id, @RequestParam(name = "creator_id", required = false) Long creator,
                                  @Parameter(description = "unpaid or paid") @RequestParam(required = false) String status,
                                  @Parameter(description = RANGE) @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                  @RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) String cursor) {
        int size = Limits.limit(limit);
        Boolean paid = paid(status);
        Keyset after = cursor == null ? null : Keyset.parse(LIST, cursor);
        PayoutScope.Project project = scope.project(id);
        DateRange range = from == null && to == null ? null : DateRange.of(from, to, project.zone(), clock);
        AccrualQuery query = new AccrualQuery(creator, paid, range == null ? null : range.start(), range == null ? null : range.end());
        return PayoutPages.byKeyset(lines.list(project.organisation(), id, query, after, size + 1), size,
                line -> new Keyset(LIST, line.accruedAt(), line.id()), AccrualView::of);
    }

    @Operation(summary = "One accrual line", description = "Read scope.")
    @RequiresScope(Scope.READ)
    @GetMapping("/accruals/{id}")
    public AccrualView get(@PathVariable long id) {
        AccrualLine line = lines.find(scope.organisation("no accrual line " + id), id)
                .orElseThrow(() -> PayoutRefusedException.notFound("no accrual line " + id));
        return AccrualView.of(line);
    }

    @Operation(summary = "A creator's balance: accrued (every line, adjustments included) = paid + unpaid; unfunded beside it (what "
            + "campaign budgets could not fund; not owed)", description = "Read scope.")
    @RequiresScope(Scope.READ)
    @GetMapping("/creators/{id}/balance")
    public BalanceView balance(@PathVariable long id) {
        PayoutScope.Creator creator = scope.creator(id);
        return BalanceView.of(lines.balance(creator.organisation(), id));
    }

    private static Boolean paid(String status) {
        if (status == null) {
            return null;
        }
        return switch (status.trim().toLowerCase(Locale.ROOT)) {
            case "paid" -> true;
            case "unpaid" -> false;
            default -> throw PayoutRefusedException.invalid("status", "must be paid or unpaid, not '" + status + "'");
        };
    }
}
