package io.herdbook.jobs.goals;

import io.herdbook.jobs.tracking.Sql;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads goals and the creators each one covers. Every query is scoped by organisation except {@link #evaluated()}, the job's. */
@Repository
public class GoalStore {

    private static final String SELECT = """
            SELECT g.id, g.organisation_id, g.project_id, g.campaign_id, g.name, g.metric, g.target, g.period,
                   g.starts_on, g.all_creators, g.archived_at, pr.time_zone
              FROM goals g JOIN projects pr ON pr.id = g.project_id AND pr.organisation_id = g.organisation_id
            """;

    private final JdbcTemplate jdbc;

    public GoalStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every goal not archived, of every organisation, in id order: what goal-evaluation walks. */
    public List<Goal> evaluated() {
        return jdbc.query(SELECT + " WHERE g.archived_at IS NULL ORDER BY g.id", GoalStore::goal);
    }

    /** The project's goals, archived ones included when asked, in id order. */
    public List<Goal> ofProject(long organisationId, long projectId, boolean includeArchived) {
        return jdbc.query(SELECT + " WHERE g.organisation_id = ? AND g.project_id = ? AND (? OR g.archived_at IS NULL) ORDER BY g.id",
                GoalStore::goal, organisationId, projectId, includeArchived);
    }

    public Optional<Goal> find(long organisationId, long goalId) {
        return jdbc.query(SELECT + " WHERE g.organisation_id = ? AND g.id = ?", GoalStore::goal, organisationId, goalId)
                .stream().findFirst();
    }

    /**
     * The creators {@code goal} covers, in id order: its listed creators, else its campaign's, else its project's.
     * Creators an operator disabled are still covered: their posts in the period count.
     */
    public List<Long> creatorsOf(Goal goal) {
        if (!goal.allCreators()) {
            return jdbc.queryForList("SELECT creator_id FROM goal_creators WHERE organisation_id = ? AND goal_id = ? ORDER BY creator_id",
                    Long.class, goal.organisationId(), goal.id());
        }
        return new ProgramCreators(jdbc).of(goal.organisationId(), goal.projectId(), goal.campaignId());
    }

    private static Goal goal(ResultSet rs, int row) throws SQLException {
        return new Goal(rs.getLong("id"), rs.getLong("organisation_id"), rs.getLong("project_id"),
                Sql.nullableLong(rs, "campaign_id"), rs.getString("name"), GoalMetric.valueOf(rs.getString("metric")),
                rs.getLong("target"), PeriodKind.valueOf(rs.getString("period")), rs.getObject("starts_on", java.time.LocalDate.class),
                rs.getBoolean("all_creators"), Sql.instant(rs, "archived_at"), ZoneId.of(rs.getString("time_zone")));
    }
}
