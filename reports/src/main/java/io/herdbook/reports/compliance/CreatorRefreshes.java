package io.herdbook.reports.compliance;

import io.herdbook.jobs.tracking.Sql;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * When each creator's stats were last refreshed: the latest {@code post_stats_latest.fetched_at} among the
 * creator's tracked posts. Chosen over the latest DATA fetch in {@code fetch_attempts} because the goal figures
 * are made of post stats: a creator whose profile still loads while its post pages are blocked has stale views,
 * and only the posts' own fetch times show it. A creator with no measured post has no refresh to vouch for it.
 */
@Repository
class CreatorRefreshes {

    private final JdbcTemplate jdbc;

    CreatorRefreshes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The last refresh of each of {@code creatorIds} (of {@code organisationId}); creators never refreshed are absent. */
    Map<Long, Instant> latest(long organisationId, Collection<Long> creatorIds) {
        Map<Long, Instant> latest = new HashMap<>();
        if (creatorIds.isEmpty()) {
            return latest;
        }
        jdbc.query("""
                SELECT p.creator_id, max(l.fetched_at) AS refreshed_at
                  FROM posts p JOIN post_stats_latest l ON l.post_id = p.id AND l.organisation_id = p.organisation_id
                 WHERE p.organisation_id = ? AND p.creator_id = ANY (?::bigint[]) AND p.tracked
                 GROUP BY p.creator_id
                """, rs -> {
                    latest.put(rs.getLong("creator_id"), Sql.instant(rs, "refreshed_at"));
                }, organisationId, creatorIds.toArray(Long[]::new));
        return latest;
    }
}
