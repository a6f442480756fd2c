package io.herdbook.jobs.tracking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.springframework.jdbc.core.RowMapper;

/** A creator as a job reads it: enough to fetch their profile and posts. {@code secUid} may be null until the first profile fetch. */
public record CreatorRef(long id, long organisationId, String handle, String secUid, Instant trackingStart) {

    /** The columns {@link #ROWS} reads, for any query over {@code creators}. */
    public static final String COLUMNS = "id, organisation_id, handle, sec_uid, tracking_start";

    /** Reads a row of {@link #COLUMNS}. */
    public static final RowMapper<CreatorRef> ROWS = (rs, i) -> of(rs);

    private static CreatorRef of(ResultSet rs) throws SQLException {
        return new CreatorRef(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("handle"),
                rs.getString("sec_uid"), Sql.instant(rs, "tracking_start"));
    }
}
