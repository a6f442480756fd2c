package io.herdbook.jobs.payouts;

import io.herdbook.jobs.goals.PeriodKind;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Which projects, creators and goals an organisation owns: every payout request starts here, so another
 * organisation's id answers exactly like a missing one.
 */
@Repository
public class OwnedRows {

    private final JdbcTemplate jdbc;

    public OwnedRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisation's project's time zone, or empty. */
    public Optional<ZoneId> projectZone(long organisation, long project) {
        return jdbc.queryForList("SELECT time_zone FROM projects WHERE organisation_id = ? AND id = ?", String.class,
                organisation, project).stream().findFirst().map(ZoneId::of);
    }

    /** The project of the organisation's creator, or empty. */
    public Optional<Long> creatorProject(long organisation, long creator) {
        return jdbc.queryForList("SELECT project_id FROM creators WHERE organisation_id = ? AND id = ?", Long.class,
                organisation, creator).stream().findFirst();
    }

    /** The organisation's goal in this project, or empty: its period and start date. */
    public Optional<GoalTerms> goal(long organisation, long project, long goal) {
        return jdbc.query("SELECT period, starts_on FROM goals WHERE organisation_id = ? AND project_id = ? AND id = ?",
                (rs, i) -> new GoalTerms(PeriodKind.valueOf(rs.getString("period")), rs.getObject("starts_on", LocalDate.class)),
                organisation, project, goal).stream().findFirst();
    }

    /** Whether the campaign is the organisation's and in this project. */
    public boolean campaignInProject(long organisation, long project, long campaign) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM campaigns WHERE organisation_id = ? AND project_id = ? AND id = ?)",
                Boolean.class, organisation, project, campaign));
    }

    /** What a goal bonus takes from its goal. */
    public record GoalTerms(PeriodKind period, LocalDate startsOn) {
    }
}
