package io.herdbook.jobs.goals;

import io.herdbook.jobs.goals.EvaluatedPeriods.Subject;
import io.herdbook.jobs.partition.StepNotes;
import io.herdbook.jobs.tracking.Sql;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a goal period's results, each with the snapshots it counted, and records the period evaluated, in the
 * chunk's transaction. A result already there (a duplicate run got there first) is kept as it is: the unique key
 * (goal, creator, period) decides, and our copy of it is dropped with its posts.
 */
public class GoalResultWriter implements ItemWriter<GoalPeriodResults> {

    private static final Logger log = LoggerFactory.getLogger(GoalResultWriter.class);

    private final JdbcTemplate jdbc;
    private final EvaluatedPeriods evaluated;
    private final Clock clock;

    public GoalResultWriter(JdbcTemplate jdbc, EvaluatedPeriods evaluated, Clock clock) {
        this.jdbc = jdbc;
        this.evaluated = evaluated;
        this.clock = clock;
    }

    @Override
    public void write(Chunk<? extends GoalPeriodResults> chunk) {
        Instant now = clock.instant();
        for (GoalPeriodResults results : chunk) {
            Goal goal = results.item().goal();
            Period period = results.item().period();
            if (!termsStillHold(goal)) {
                // An operator changed or archived the goal after it was read: judging by the old terms would store a
                // result the goal no longer asks for. Left unrecorded, the next run measures it by the new terms.
                log.info("goal-evaluation: goal {} changed while {} was measured; left for the next run", goal.id(), period);
                StepNotes.lastChunk("goal " + goal.id() + " changed while " + period + " was measured; left for the next run");
                continue;
            }
            long written = 0;
            for (CreatorGoalResult result : results.creators()) {
                Long id = insert(goal, period, results.statsCutoff(), result, now);
                if (id != null) {
                    insertPosts(goal.organisationId(), id, result.posts());
                    written++;
                }
            }
            evaluated.mark(goal.organisationId(), Subject.GOAL, goal.id(), period.start(), now, written);
            String line = "goal " + goal.id() + " '" + goal.name() + "' " + period + ": " + written + " results ("
                    + results.creators().stream().filter(r -> r.outcome().met()).count() + " met)";
            log.info("goal-evaluation: {}", line);
            StepNotes.lastChunk(line);
        }
    }

    /**
     * Locks the goal's row ({@code FOR SHARE}, until the chunk commits: a change of terms waits for this result, and
     * once a result exists the API refuses one) and says whether its terms are still those the results were measured by.
     */
    private boolean termsStillHold(Goal goal) {
        return Boolean.TRUE.equals(jdbc.query("""
                SELECT metric, target, period, starts_on, all_creators, campaign_id, archived_at IS NULL AS live
                  FROM goals WHERE organisation_id = ? AND id = ? FOR SHARE
                """, rs -> rs.next() && rs.getBoolean("live") && rs.getString("metric").equals(goal.metric().name())
                && rs.getLong("target") == goal.target() && rs.getString("period").equals(goal.period().name())
                && rs.getObject("starts_on", java.time.LocalDate.class).equals(goal.startsOn())
                && rs.getBoolean("all_creators") == goal.allCreators()
                && java.util.Objects.equals(Sql.nullableLong(rs, "campaign_id"), goal.campaignId()), goal.organisationId(), goal.id()));
    }

    private Long insert(Goal goal, Period period, Instant cutoff, CreatorGoalResult result, Instant now) {
        GoalOutcome outcome = result.outcome();
        List<Long> ids = jdbc.queryForList("""
                INSERT INTO goal_results (organisation_id, goal_id, creator_id, period_start, period_from, period_to, metric,
                                          target, actual, met, posts, stats_cutoff, evaluated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT ON CONSTRAINT goal_results_once DO NOTHING
                RETURNING id
                """, Long.class, goal.organisationId(), goal.id(), result.creatorId(), period.start(), Sql.utc(period.from()),
                Sql.utc(period.to()), goal.metric().name(), goal.target(), outcome.actual(), outcome.met(), outcome.posts(),
                Sql.utc(cutoff), Sql.utc(now));
        return ids.isEmpty() ? null : ids.getFirst();
    }

    private void insertPosts(long organisationId, long resultId, List<PostMeasure> posts) {
        List<Object[]> rows = new ArrayList<>();
        for (PostMeasure post : posts) {
            rows.add(new Object[] {organisationId, resultId, post.postId(), Sql.utc(post.snapshotObservedAt()), post.views(), post.likes()});
        }
        jdbc.batchUpdate("""
                INSERT INTO goal_result_posts (organisation_id, goal_result_id, post_id, snapshot_observed_at, views, likes)
                VALUES (?, ?, ?, ?, ?, ?)
                """, rows);
    }
}
