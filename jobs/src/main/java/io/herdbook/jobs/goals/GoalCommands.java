package io.herdbook.jobs.goals;

import io.herdbook.jobs.tracking.Sql;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and archives goals, and chooses the creators they cover. Every statement is scoped by
 * organisation; an id of another organisation is {@link GoalRefusedException.NotFound}, like a missing one.
 *
 * <p>A change locks the goal's row first ({@code FOR UPDATE}): an insert into {@code goal_results} takes a key
 * lock on the same row through its foreign key, so a change of terms and a result being written for the goal
 * are never interleaved: either the change sees the result and is refused, or the result waits for the change.
 */
@Service
public class GoalCommands {

    private final JdbcTemplate jdbc;
    private final GoalStore goals;
    private final Clock clock;

    public GoalCommands(JdbcTemplate jdbc, GoalStore goals, Clock clock) {
        this.jdbc = jdbc;
        this.goals = goals;
        this.clock = clock;
    }

    /**
     * Creates a goal in the organisation's project. @return the new goal's id
     *
     * @throws GoalRefusedException.NotFound when the project is not the organisation's
     * @throws GoalRefusedException.Invalid  listing a campaign outside the project, or creators outside the project or campaign
     */
    @Transactional
    public long create(long organisationId, long projectId, GoalDraft draft) {
        if (jdbc.queryForList("SELECT id FROM projects WHERE organisation_id = ? AND id = ?", Long.class, organisationId, projectId).isEmpty()) {
            throw new GoalRefusedException.NotFound("no project " + projectId);
        }
        List<GoalViolation> violations = new ArrayList<>();
        if (draft.campaignId() != null && jdbc.queryForList("SELECT id FROM campaigns WHERE organisation_id = ? AND project_id = ? AND id = ?",
                Long.class, organisationId, projectId, draft.campaignId()).isEmpty()) {
            violations.add(new GoalViolation("campaign_id", "no campaign " + draft.campaignId() + " in project " + projectId));
        }
        Set<Long> listed = draft.creatorIds() == null ? Set.of() : new LinkedHashSet<>(draft.creatorIds());
        if (violations.isEmpty()) {
            outsiders(organisationId, projectId, draft.campaignId(), listed).ifPresent(v -> violations.add(new GoalViolation("creator_ids", v)));
        }
        if (!violations.isEmpty()) {
            throw new GoalRefusedException.Invalid(violations);
        }
        long id = jdbc.queryForObject("""
                INSERT INTO goals (organisation_id, project_id, campaign_id, name, metric, target, period, starts_on, all_creators, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """, Long.class, organisationId, projectId, draft.campaignId(), draft.name(), draft.metric().name(), draft.target(),
                draft.period().name(), draft.startsOn(), draft.creatorIds() == null, Sql.utc(clock.instant()));
        listed.forEach(creator -> list(organisationId, id, creator));
        return id;
    }

    /**
     * Renames a goal, or changes its terms while no result was evaluated by them. A change to the value a
     * field already has is no change.
     *
     * @throws GoalRefusedException.Conflict when the goal is archived, or a term would change after results were evaluated:
     *                                       those results were judged by the old terms, so a goal with new terms is a new goal
     */
    @Transactional
    public void change(long organisationId, long goalId, GoalChanges changes) {
        Goal goal = lockOpen(organisationId, goalId);
        if (changes.altersTermsOf(goal)) {
            long results = jdbc.queryForObject("SELECT count(*) FROM goal_results WHERE organisation_id = ? AND goal_id = ?",
                    Long.class, organisationId, goalId);
            if (results > 0) {
                throw new GoalRefusedException.Conflict("goal " + goalId + " already has " + results + " evaluated result(s), judged by its "
                        + "current metric, target, period and start date; changing them would make those results disagree with the goal. "
                        + "Create a new goal with the new terms (and archive this one); only the name may change");
            }
        }
        jdbc.update("""
                UPDATE goals SET name = coalesce(?, name), metric = coalesce(?, metric), target = coalesce(?, target),
                                 period = coalesce(?, period), starts_on = coalesce(?, starts_on)
                 WHERE organisation_id = ? AND id = ?
                """, changes.name(), changes.metric() == null ? null : changes.metric().name(), changes.target(),
                changes.period() == null ? null : changes.period().name(), changes.startsOn(), organisationId, goalId);
    }

    /**
     * Makes the goal cover {@code creatorId}; covering it already changes nothing.
     *
     * @throws GoalRefusedException.NotFound when the goal or the creator is not the organisation's
     * @throws GoalRefusedException.Invalid  when the creator is not of the goal's project, or not of its campaign
     */
    @Transactional
    public void cover(long organisationId, long goalId, long creatorId) {
        Goal goal = lockOpen(organisationId, goalId);
        requireCreator(organisationId, creatorId);
        outsiders(organisationId, goal.projectId(), goal.campaignId(), Set.of(creatorId))
                .ifPresent(v -> {
                    throw new GoalRefusedException.Invalid(List.of(new GoalViolation("creator_id", v)));
                });
        if (!goal.allCreators()) {
            list(organisationId, goalId, creatorId);
        }
    }

    /**
     * Stops the goal covering {@code creatorId}; its results so far stay. A goal that covered all its project's
     * (or campaign's) creators now covers the ones it covered, but that one, by name: creators added later are
     * no longer covered by it. A creator the goal did not cover changes nothing.
     */
    @Transactional
    public void uncover(long organisationId, long goalId, long creatorId) {
        Goal goal = lockOpen(organisationId, goalId);
        requireCreator(organisationId, creatorId);
        List<Long> covered = goals.creatorsOf(goal);
        if (!covered.contains(creatorId)) {
            return;
        }
        if (goal.allCreators()) {
            jdbc.update("UPDATE goals SET all_creators = false WHERE organisation_id = ? AND id = ?", organisationId, goalId);
            covered.stream().filter(id -> id != creatorId).forEach(id -> list(organisationId, goalId, id));
        } else {
            jdbc.update("DELETE FROM goal_creators WHERE organisation_id = ? AND goal_id = ? AND creator_id = ?", organisationId, goalId, creatorId);
        }
    }

    /** Archives the goal: no longer evaluated, its results and accruals stay. Archiving an archived goal changes nothing. */
    @Transactional
    public void archive(long organisationId, long goalId) {
        int found = jdbc.update("UPDATE goals SET archived_at = coalesce(archived_at, ?) WHERE organisation_id = ? AND id = ?",
                Sql.utc(clock.instant()), organisationId, goalId);
        if (found == 0) {
            throw new GoalRefusedException.NotFound("no goal " + goalId);
        }
    }

    private Goal lockOpen(long organisationId, long goalId) {
        if (jdbc.queryForList("SELECT id FROM goals WHERE organisation_id = ? AND id = ? FOR UPDATE", Long.class, organisationId, goalId).isEmpty()) {
            throw new GoalRefusedException.NotFound("no goal " + goalId);
        }
        Goal goal = goals.find(organisationId, goalId).orElseThrow();
        if (goal.archivedAt() != null) {
            throw new GoalRefusedException.Conflict("goal " + goalId + " was archived at " + goal.archivedAt()
                    + "; an archived goal is kept as it was when archived");
        }
        return goal;
    }

    private void requireCreator(long organisationId, long creatorId) {
        if (jdbc.queryForList("SELECT id FROM creators WHERE organisation_id = ? AND id = ?", Long.class, organisationId, creatorId).isEmpty()) {
            throw new GoalRefusedException.NotFound("no creator " + creatorId);
        }
    }

    /** What is wrong with {@code creators} for a goal of this project (and campaign); empty when each belongs. */
    private Optional<String> outsiders(long organisationId, long projectId, Long campaignId, Collection<Long> creators) {
        if (creators.isEmpty()) {
            return Optional.empty();
        }
        Long[] ids = creators.toArray(Long[]::new);
        List<Long> notInProject = jdbc.queryForList("""
                SELECT id FROM unnest(?::bigint[]) AS listed(id)
                 WHERE NOT EXISTS (SELECT 1 FROM creators c WHERE c.organisation_id = ? AND c.project_id = ? AND c.id = listed.id)
                 ORDER BY id
                """, Long.class, ids, organisationId, projectId);
        if (!notInProject.isEmpty()) {
            return Optional.of("not creators of project " + projectId + ": " + notInProject);
        }
        if (campaignId == null) {
            return Optional.empty();
        }
        List<Long> notInCampaign = jdbc.queryForList("""
                SELECT id FROM unnest(?::bigint[]) AS listed(id)
                 WHERE NOT EXISTS (SELECT 1 FROM campaign_creators cc
                                    WHERE cc.organisation_id = ? AND cc.campaign_id = ? AND cc.creator_id = listed.id)
                 ORDER BY id
                """, Long.class, ids, organisationId, campaignId);
        return notInCampaign.isEmpty() ? Optional.empty()
                : Optional.of("not creators of campaign " + campaignId + ": " + notInCampaign);
    }

    private void list(long organisationId, long goalId, long creatorId) {
        jdbc.update("INSERT INTO goal_creators (organisation_id, goal_id, creator_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                organisationId, goalId, creatorId);
    }
}
