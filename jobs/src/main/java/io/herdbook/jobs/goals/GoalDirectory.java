package io.herdbook.jobs.goals;

import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The names around goals that their views show: a project's zone, creators' handles. Scoped by organisation. */
@Repository
public class GoalDirectory {

    private final JdbcTemplate jdbc;

    public GoalDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The time zone of the organisation's project; empty when there is no such project, or it is another organisation's. */
    public Optional<ZoneId> projectZone(long organisationId, long projectId) {
        return jdbc.queryForList("SELECT time_zone FROM projects WHERE organisation_id = ? AND id = ?", String.class, organisationId, projectId)
                .stream().findFirst().map(ZoneId::of);
    }

    /** The handles of the organisation's creators among {@code creatorIds}, in id order; ids of other organisations are left out. */
    public Map<Long, String> handles(long organisationId, Collection<Long> creatorIds) {
        Map<Long, String> handles = new LinkedHashMap<>();
        if (creatorIds.isEmpty()) {
            return handles;
        }
        jdbc.query("SELECT id, handle FROM creators WHERE organisation_id = ? AND id = ANY (?::bigint[]) ORDER BY id",
                rs -> {
                    handles.put(rs.getLong("id"), rs.getString("handle"));
                }, organisationId, creatorIds.toArray(Long[]::new));
        return handles;
    }
}
