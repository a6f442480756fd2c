package io.herdbook.jobs.tracking;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A creator's history ({@code creator_events}): appended, never updated. An event a job writes carries its slot,
 * and (creator, kind, slot) is unique, so a retried chunk or a re-run slot writes it once.
 */
@Repository
public class CreatorEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> DETAIL = new TypeReference<>() { };

    private final JdbcTemplate jdbc;

    public CreatorEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends an event; one of a job's slot that is already recorded is left as it was. */
    public void record(long organisationId, long creatorId, Instant at, Instant slot, EventKind kind, Map<String, ?> detail,
                       String actor) {
        jdbc.update("""
                INSERT INTO creator_events (organisation_id, creator_id, at, slot, kind, detail, actor)
                VALUES (?, ?, ?, ?, ?, ?::jsonb, ?)
                ON CONFLICT (creator_id, kind, slot) DO NOTHING
                """, organisationId, creatorId, Sql.utc(at), Sql.utc(slot), kind.name(), JSON.writeValueAsString(detail), actor);
    }

    /** Up to {@code limit} events of the organisation's creator, newest first, with an id below {@code beforeId} (0: from the newest). */
    public List<CreatorEvent> page(long organisationId, long creatorId, long beforeId, int limit) {
        return jdbc.query("""
                SELECT id, creator_id, at, kind, slot, detail::text AS detail, actor FROM creator_events
                 WHERE organisation_id = ? AND creator_id = ? AND (? = 0 OR id < ?)
                 ORDER BY id DESC LIMIT ?
                """, (rs, i) -> new CreatorEvent(rs.getLong("id"), rs.getLong("creator_id"), Sql.instant(rs, "at"),
                EventKind.valueOf(rs.getString("kind")), Sql.instant(rs, "slot"), JSON.readValue(rs.getString("detail"), DETAIL),
                rs.getString("actor")), organisationId, creatorId, beforeId, beforeId, limit);
    }

    /** A detail map from key, value pairs, in order; null values are left out. */
    public static Map<String, Object> detail(Object... keysAndValues) {
        Map<String, Object> detail = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                detail.put(keysAndValues[i].toString(), keysAndValues[i + 1]);
            }
        }
        return detail;
    }
}
