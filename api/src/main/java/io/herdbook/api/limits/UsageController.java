package io.herdbook.api.limits;

import io.herdbook.api.access.Caller;
import io.herdbook.api.access.Callers;
import io.herdbook.api.access.RequiresScope;
import io.herdbook.api.access.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's organisation's plan, and each limit's figure beside its use. */
@Tag(name = "organisation", description = "The caller's organisation. Read scope.")
@RestController
public class UsageController {

    private final PlanLimits limits;
    private final Usage usage;

    UsageController(PlanLimits limits, Usage usage) {
        this.limits = limits;
        this.usage = usage;
    }

    /** The organisation's plan and limits; organisations_per_user is the caller's own. */
    public record UsageView(long organisationId, String plan, String day, List<LimitView> limits) {
    }

    /** One limit: its figure, what is used (today, for a per-day one), and whether an override sets the figure. */
    public record LimitView(String limit, long value, long used, boolean perDay, boolean overridden) {
    }

    @Operation(summary = "The organisation's plan, each limit's figure and its current use", description = "Read scope. "
            + "Per-day counts are of the current UTC day.")
    @RequiresScope(Scope.READ)
    @GetMapping(path = "/api/v1/organisation/usage", produces = MediaType.APPLICATION_JSON_VALUE)
    public UsageView usage() {
        Caller caller = Callers.required();
        long organisation = caller.organisationId();
        List<LimitView> views = Arrays.stream(LimitName.values()).map(name -> name.perUser()
                ? new LimitView(name.word(), limits.forUser(caller.userId()), usage.inUse(organisation, caller.userId(), name), false,
                        false)
                : new LimitView(name.word(), limits.forOrganisation(organisation, name), usage.inUse(organisation, caller.userId(), name),
                        name.perDay(), limits.overridden(organisation, name))).toList();
        return new UsageView(organisation, limits.plan(organisation).orElseThrow().word(), usage.today().toString(), views);
    }
}
