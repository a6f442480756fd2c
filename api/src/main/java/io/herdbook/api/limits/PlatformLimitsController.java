package io.herdbook.api.limits;

import io.herdbook.api.access.RequiresScope;
import io.herdbook.api.access.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** What platform operators set for any organisation or person: the plan, and overrides of its figures. */
@Tag(name = "platform", description = "Plan tiers and limit overrides. Platform admin only (admin scope held by a platform operator).")
@RestController
@RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
public class PlatformLimitsController {

    private final PlanLimits limits;
    private final JdbcTemplate jdbc;

    PlatformLimitsController(PlanLimits limits, JdbcTemplate jdbc) {
        this.limits = limits;
        this.jdbc = jdbc;
    }

    /** An organisation's plan as these endpoints answer it. */
    public record PlanView(long organisationId, String plan) {
    }

    /** A limit's figure for an organisation or a person, and whether an override sets it. */
    public record FigureView(Long organisationId, Long userId, String limit, long value, boolean overridden) {
    }

    /** The body of a plan change, for the API document. */
    @Schema(name = "PlanChange")
    record PlanBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"free", "starter", "ultra"}) String plan) {
    }

    /** The body of an override, for the API document. */
    @Schema(name = "LimitOverride")
    record ValueBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0") long value) {
    }

    @Operation(summary = "Put an organisation on a plan: {\"plan\": \"free\" | \"starter\" | \"ultra\"}", description = "Admin scope held by a platform operator (platform admin).")
    @RequiresScope(Scope.PLATFORM)
    @PutMapping(path = "/organisations/{id}/plan", consumes = MediaType.APPLICATION_JSON_VALUE)
    public PlanView plan(@PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = PlanBody.class)))
            @RequestBody(required = false) String body) {
        JsonNode value = StrictBody.field(body, "plan");
        Plan plan = (value.isString() ? Plan.ofWord(value.asString()) : java.util.Optional.<Plan>empty())
                .orElseThrow(() -> StrictBody.invalid("plan", "must be free, starter or ultra"));
        if (!limits.setPlan(id, plan)) {
            throw StrictBody.notFound("organisation " + id);
        }
        return new PlanView(id, plan.word());
    }

    @Operation(summary = "Override one of an organisation's limits: {\"value\": n}", description = "Admin scope held by a platform operator (platform admin). "
            + "The override replaces the plan's figure until it is deleted; organisations_per_user is set per person.")
    @RequiresScope(Scope.PLATFORM)
    @PutMapping(path = "/organisations/{id}/limits/{limit}", consumes = MediaType.APPLICATION_JSON_VALUE)
    public FigureView override(@PathVariable long id, @PathVariable String limit,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = ValueBody.class)))
            @RequestBody(required = false) String body) {
        LimitName name = organisationLimit(limit);
        long value = value(body);
        requireOrganisation(id);
        limits.override(id, name, value);
        return new FigureView(id, null, name.word(), value, true);
    }

    @Operation(summary = "Drop an override: the plan's figure applies again", description = "Admin scope held by a platform operator (platform admin).")
    @RequiresScope(Scope.PLATFORM)
    @DeleteMapping("/organisations/{id}/limits/{limit}")
    public ResponseEntity<FigureView> clear(@PathVariable long id, @PathVariable String limit) {
        LimitName name = organisationLimit(limit);
        requireOrganisation(id);
        limits.clearOverride(id, name);
        return ResponseEntity.ok(new FigureView(id, null, name.word(), limits.forOrganisation(id, name), false));
    }

    @Operation(summary = "Override how many organisations a person may belong to: {\"value\": n}", description = "Admin scope held by a platform operator (platform admin).")
    @RequiresScope(Scope.PLATFORM)
    @PutMapping(path = "/users/{id}/limits/organisations_per_user", consumes = MediaType.APPLICATION_JSON_VALUE)
    public FigureView userOverride(@PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = ValueBody.class)))
            @RequestBody(required = false) String body) {
        long value = value(body);
        if (jdbc.queryForList("SELECT 1 FROM users WHERE id = ?", Integer.class, id).isEmpty()) {
            throw StrictBody.notFound("user " + id);
        }
        limits.overrideForUser(id, value);
        return new FigureView(null, id, LimitName.ORGANISATIONS_PER_USER.word(), value, true);
    }

    private static LimitName organisationLimit(String word) {
        LimitName name = LimitName.ofWord(word).orElseThrow(() -> StrictBody.notFound("limit " + (word.length() > 64 ? word.substring(0, 64) + "…" : word)));
        if (name.perUser()) {
            throw StrictBody.invalid("limit", name.word() + " is set per person: PUT /api/v1/admin/users/{id}/limits/" + name.word());
        }
        return name;
    }

    private static long value(String body) {
        JsonNode value = StrictBody.field(body, "value");
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
            throw StrictBody.invalid("value", "must be a whole number of 0 or more");
        }
        return value.longValue();
    }

    private void requireOrganisation(long id) {
        if (limits.plan(id).isEmpty()) {
            throw StrictBody.notFound("organisation " + id);
        }
    }
}
