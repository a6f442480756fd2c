package io.herdbook.jobs.goals;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The creators a goal or payout structure of a project covers when it lists none of its own: its campaign's members,
 * or without a campaign every creator of the project (disabled ones too: their posts in a period still count).
 */
@Repository
public class ProgramCreators {

    private final JdbcTemplate jdbc;

    public ProgramCreators(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The covered creators' ids, in id order. */
    public List<Long> of(long organisationId, long projectId, Long campaignId) {
        if (campaignId != null) {
            return jdbc.queryForList("SELECT creator_id FROM campaign_creators WHERE organisation_id = ? AND campaign_id = ? ORDER BY creator_id",
                    Long.class, organisationId, campaignId);
        }
        return jdbc.queryForList("SELECT id FROM creators WHERE organisation_id = ? AND project_id = ? ORDER BY id",
                Long.class, organisationId, projectId);
    }
}
