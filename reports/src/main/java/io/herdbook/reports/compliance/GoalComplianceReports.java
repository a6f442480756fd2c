package io.herdbook.reports.compliance;

import io.herdbook.jobs.goals.Goal;
import io.herdbook.jobs.goals.GoalDirectory;
import io.herdbook.jobs.goals.GoalOutcome;
import io.herdbook.jobs.goals.GoalStore;
import io.herdbook.jobs.goals.Period;
import io.herdbook.jobs.goals.PeriodPosts;
import io.herdbook.jobs.goals.PostMeasure;
import io.herdbook.jobs.goals.StatsCutoff;
import io.herdbook.reports.ReportsProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Reads a project's goal compliance (see the package's description): stored results where goal-evaluation
 * wrote them, live figures otherwise, each with its advisories as of the injected clock.
 */
@Service
public class GoalComplianceReports {

    private final GoalStore goals;
    private final GoalDirectory directory;
    private final PeriodPosts periodPosts;
    private final StoredResults stored;
    private final CreatorRefreshes refreshes;
    private final Duration staleAfter;
    private final Clock clock;

    GoalComplianceReports(GoalStore goals, GoalDirectory directory, PeriodPosts periodPosts, StoredResults stored,
                          CreatorRefreshes refreshes, ReportsProperties properties, Clock clock) {
        this.goals = goals;
        this.directory = directory;
        this.periodPosts = periodPosts;
        this.stored = stored;
        this.refreshes = refreshes;
        this.staleAfter = properties.compliance().staleAfter();
        this.clock = clock;
    }

    /**
     * The compliance of the project's goals in their periods containing {@code day} (null: today in the project's
     * zone); empty when the project is not the organisation's.
     */
    public Optional<ComplianceReport> report(long organisationId, long projectId, LocalDate day) {
        Instant now = clock.instant();
        return directory.projectZone(organisationId, projectId).map(zone -> {
            LocalDate asked = day != null ? day : LocalDate.ofInstant(now, zone);
            List<GoalCompliance> compliance = goals.ofProject(organisationId, projectId, false).stream()
                    .map(goal -> compliance(goal, Period.containing(goal.period(), asked, zone), now)).toList();
            return new ComplianceReport(projectId, zone, asked, now, staleAfter, compliance);
        });
    }

    private GoalCompliance compliance(Goal goal, Period period, Instant now) {
        PeriodState state = PeriodState.of(period, now);
        List<ComplianceAdvisory> periodAdvisories = periodAdvisories(goal, period, state);
        Map<Long, StoredResults.Result> results = stored.of(goal, period);
        SortedSet<Long> creators = new TreeSet<>(goals.creatorsOf(goal));
        creators.addAll(results.keySet());
        List<Long> live = creators.stream().filter(id -> !results.containsKey(id)).toList();
        Instant cutoff = PeriodState.liveCutoff(period, now);
        Map<Long, List<PostMeasure>> posts = periodPosts.measure(goal.organisationId(), live, period, StatsCutoff.at(cutoff)).stream()
                .collect(Collectors.groupingBy(PostMeasure::creatorId));
        Map<Long, Instant> refreshed = refreshes.latest(goal.organisationId(), creators);
        Map<Long, String> handles = directory.handles(goal.organisationId(), creators);
        List<CreatorCompliance> rows = new ArrayList<>();
        for (long creator : creators) {
            StoredResults.Result result = results.get(creator);
            if (result != null) {
                // A stored result is final: nothing about the period or the creator's refreshes can change it.
                rows.add(new CreatorCompliance(creator, handles.get(creator), result.actual(), result.target(), result.met(), result.posts(),
                        true, result.evaluatedAt(), result.statsCutoff(), refreshed.get(creator), List.of()));
            } else {
                GoalOutcome outcome = GoalOutcome.of(goal.metric(), goal.target(), posts.getOrDefault(creator, List.of()));
                List<ComplianceAdvisory> advisories = new ArrayList<>(periodAdvisories);
                if (!state.settled() && stale(refreshed.get(creator), now)) {
                    advisories.add(ComplianceAdvisory.STATS_MAY_BE_STALE);
                }
                if (state.settled() && !advisories.contains(ComplianceAdvisory.GOAL_NOT_STARTED)) {
                    // Without this a figure waiting for the job would look exactly like a final "not met".
                    advisories.add(ComplianceAdvisory.AWAITING_EVALUATION);
                }
                advisories.sort(null);
                rows.add(new CreatorCompliance(creator, handles.get(creator), outcome.actual(), outcome.target(), outcome.met(),
                        outcome.posts(), false, null, cutoff, refreshed.get(creator), advisories));
            }
        }
        boolean complete = !rows.isEmpty() && rows.stream().allMatch(CreatorCompliance::finalResult);
        return new GoalCompliance(goal, period, periodAdvisories, complete, rows);
    }

    private static List<ComplianceAdvisory> periodAdvisories(Goal goal, Period period, PeriodState state) {
        List<ComplianceAdvisory> advisories = new ArrayList<>();
        if (state == PeriodState.IN_PROGRESS) {
            advisories.add(ComplianceAdvisory.PERIOD_IN_PROGRESS);
        } else if (state == PeriodState.CLOSED_RECENTLY) {
            advisories.add(ComplianceAdvisory.PERIOD_CLOSED_RECENTLY);
        }
        if (period.start().isBefore(goal.firstPeriod().start())) {
            advisories.add(ComplianceAdvisory.GOAL_NOT_STARTED);
        }
        return advisories;
    }

    /** Not refreshed within the window: never, or longer ago than {@code staleAfter} (exactly that long ago is still fresh). */
    private boolean stale(Instant refreshedAt, Instant now) {
        return refreshedAt == null || refreshedAt.isBefore(now.minus(staleAfter));
    }
}
