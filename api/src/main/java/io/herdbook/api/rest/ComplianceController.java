package io.herdbook.api.rest;

import io.herdbook.api.access.RequiresScope;
import io.herdbook.api.access.Scope;
import io.herdbook.jobs.goals.GoalRefusedException;
import io.herdbook.jobs.goals.SupportedDates;
import io.herdbook.reports.compliance.ComplianceReport;
import io.herdbook.reports.compliance.ComplianceSummary;
import io.herdbook.reports.compliance.GoalComplianceReports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A project's goal compliance: per goal, per creator, with advisories; and its counts. Read scope. */
@Tag(name = "goal-compliance", description = "Whether creators meet their goals, with advisories for figures not final yet. "
        + "Read scope.")
@RestController
@RequestMapping(path = "/api/v1/projects/{id}/goal-compliance", produces = MediaType.APPLICATION_JSON_VALUE)
public class ComplianceController {

    static final String DAY = "A day (YYYY-MM-DD); each goal reports its period (week from local Monday, or month) containing it. "
            + "Default: today in the project's time zone.";
    static final String ADVISORIES = "Advisories: PERIOD_IN_PROGRESS (not ended), PERIOD_CLOSED_RECENTLY (ended < 48 h ago; "
            + "goal-evaluation acts at 48 h), STATS_MAY_BE_STALE (the creator's post stats last fetched longer ago than "
            + "herdbook.compliance.stale-after, or never; only before the 48 h mark), GOAL_NOT_STARTED (the period lies before "
            + "the goal's first), AWAITING_EVALUATION (past the 48 h mark, its result not stored yet: the figure it will store). "
            + "A period goal-evaluation stored is reported from its results (final: true), never recomputed.";

    private final GoalComplianceReports reports;
    private final CallerOrganisation caller;

    ComplianceController(GoalComplianceReports reports, CallerOrganisation caller) {
        this.reports = reports;
        this.caller = caller;
    }

    @Operation(summary = "Per goal and creator: actual, target, met, posts, final, advisories",
            description = "Read scope. Archived goals are left out. " + ADVISORIES)
    @RequiresScope(Scope.READ)
    @GetMapping
    public GoalComplianceView report(@PathVariable long id, @Parameter(description = DAY) @RequestParam(name = "period_containing", required = false)
                                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodContaining) {
        return GoalComplianceView.of(find(id, periodContaining));
    }

    @Operation(summary = "Per goal: creators, met, not_met, with_advisories; and the totals",
            description = "Read scope. The same figures as the report, counted. " + ADVISORIES)
    @RequiresScope(Scope.READ)
    @GetMapping("/summary")
    public ComplianceSummaryView summary(@PathVariable long id, @Parameter(description = DAY) @RequestParam(name = "period_containing", required = false)
                                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodContaining) {
        return ComplianceSummaryView.of(ComplianceSummary.of(find(id, periodContaining)));
    }

    private ComplianceReport find(long project, LocalDate day) {
        SupportedDates.require(day, "period_containing");
        return caller.id().flatMap(organisation -> reports.report(organisation, project, day))
                .orElseThrow(() -> new GoalRefusedException.NotFound("no project " + project));
    }
}
