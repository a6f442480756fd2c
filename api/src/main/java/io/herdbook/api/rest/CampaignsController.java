package io.herdbook.api.rest;

import io.herdbook.api.access.RequiresScope;
import io.herdbook.api.access.Scope;
import io.herdbook.jobs.payouts.Campaign;
import io.herdbook.jobs.payouts.CampaignStore;
import io.herdbook.jobs.payouts.PayoutRefusedException;
import io.herdbook.reports.accruals.AccrualLines;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Set;
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

/** Campaigns: a project's creators grouped under a name and an optional budget (issue 5 extends them). */
@Tag(name = "campaigns", description = "Campaigns, their members and budgets. Read scope to read, write scope to change.")
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
public class CampaignsController {

    private static final Set<String> FIELDS = Set.of("name", "budget");

    private final CampaignStore campaigns;
    private final AccrualLines lines;
    private final PayoutScope scope;

    CampaignsController(CampaignStore campaigns, AccrualLines lines, PayoutScope scope) {
        this.campaigns = campaigns;
        this.lines = lines;
        this.scope = scope;
    }

    @Operation(summary = "Create a campaign in a project: {name, budget?}; budget is an amount such as \"5000.00\"",
            description = "Write scope. 201 with the campaign and its Location; 400 listing the wrong fields.")
    @RequiresScope(Scope.WRITE)
    @PostMapping(path = "/projects/{id}/campaigns")
    @ApiResponse(responseCode = "201", description = "created")
    public ResponseEntity<CampaignView> create(@PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RequestDocs.Campaign.class)))
            @RequestBody(required = false) String body) {
        PayoutScope.Project project = scope.project(id);
        JsonBody json = JsonBody.of(body, FIELDS);
        String name = json.text("name", true, 200);
        BigDecimal budget = json.money("budget", false);
        json.check();
        Campaign campaign = campaigns.create(project.organisation(), id, name, budget);
        return ResponseEntity.created(URI.create("/api/v1/campaigns/" + campaign.id())).body(CampaignView.of(campaign));
    }

    @Operation(summary = "A project's campaigns, in id order, by cursor", description = "Read scope.")
    @RequiresScope(Scope.READ)
    @GetMapping("/projects/{id}/campaigns")
    public Page<CampaignView> list(@PathVariable long id, @RequestParam(defaultValue = "50") int limit, @RequestParam(required = false) String cursor) {
        int size = Limits.limit(limit);
        long after = Limits.afterId(cursor);
        PayoutScope.Project project = scope.project(id);
        return PayoutPages.byId(campaigns.list(project.organisation(), id, after, size + 1), size, Campaign::id, CampaignView::of);
    }

    @Operation(summary = "One campaign", description = "Read scope.")
    @RequiresScope(Scope.READ)
    @GetMapping("/campaigns/{id}")
    public CampaignView get(@PathVariable long id) {
        return CampaignView.of(campaign(id));
    }

    @Operation(summary = "Rename a campaign or set its budget: {name?, budget?}; budget null removes it",
            description = "Write scope. 400 listing the wrong fields.")
    @RequiresScope(Scope.WRITE)
    @PatchMapping("/campaigns/{id}")
    public CampaignView update(@PathVariable long id,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RequestDocs.Campaign.class)))
            @RequestBody(required = false) String body) {
        Campaign campaign = campaign(id);
        JsonBody json = JsonBody.of(body, FIELDS);
        String name = json.has("name") ? json.text("name", true, 200) : null;
        BigDecimal budget = json.money("budget", false);
        json.check();
        long organisation = scope.organisation("no campaign " + id);
        return CampaignView.of(campaigns.update(organisation, campaign.id(), name, json.has("budget"), budget).orElseThrow(() -> noCampaign(id)));
    }

    @Operation(summary = "Add a creator of the campaign's project to it (already a member: no change)",
            description = "Write scope. 204; 400 when the creator is in another project.")
    @RequiresScope(Scope.WRITE)
    @PutMapping("/campaigns/{id}/creators/{creatorId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void addCreator(@PathVariable long id, @PathVariable long creatorId) {
        Campaign campaign = campaign(id);
        PayoutScope.Creator creator = scope.creator(creatorId);
        if (creator.projectId() != campaign.projectId()) {
            throw PayoutRefusedException.invalid("creatorId", "creator " + creatorId + " is in project " + creator.projectId()
                    + ", not in the campaign's project " + campaign.projectId());
        }
        campaigns.addCreator(creator.organisation(), id, creatorId);
    }

    @Operation(summary = "Take a creator out of a campaign (not a member: no change)", description = "Write scope. 204.")
    @RequiresScope(Scope.WRITE)
    @DeleteMapping("/campaigns/{id}/creators/{creatorId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void removeCreator(@PathVariable long id, @PathVariable long creatorId) {
        campaign(id);
        PayoutScope.Creator creator = scope.creator(creatorId);
        campaigns.removeCreator(creator.organisation(), id, creatorId);
    }

    @Operation(summary = "A campaign's budget: budget, accrued (its structures' lines summed), unfunded (what the budget could not fund) "
            + "and remaining (budget - accrued); budget and remaining null without a budget", description = "Read scope.")
    @RequiresScope(Scope.READ)
    @GetMapping("/campaigns/{id}/budget")
    public BudgetView budget(@PathVariable long id) {
        Campaign campaign = campaign(id);
        return BudgetView.of(lines.budget(scope.organisation("no campaign " + id), id, campaign.budget()));
    }

    @Operation(summary = "Delete a campaign and its memberships",
            description = "Write scope. 204; 409 when goals or payout structures name it (they keep it for the books).")
    @RequiresScope(Scope.WRITE)
    @DeleteMapping("/campaigns/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(@PathVariable long id) {
        if (!campaigns.delete(scope.organisation("no campaign " + id), id)) {
            throw noCampaign(id);
        }
    }

    private Campaign campaign(long id) {
        return campaigns.find(scope.organisation("no campaign " + id), id).orElseThrow(() -> noCampaign(id));
    }

    private static PayoutRefusedException noCampaign(long id) {
        return PayoutRefusedException.notFound("no campaign " + id);
    }
}
