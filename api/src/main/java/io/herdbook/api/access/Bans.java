package io.herdbook.api.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Platform operators' bans of organisations and people ({@code banned_at}, {@code ban_reason}); see {@link ApiKeys#authenticate}. */
@Component
class Bans {

    /** What a ban applies to: the table and what the API calls it. */
    enum Subject {
        ORGANISATION("organisations", "organisation"), USER("users", "person");

        private final String table;
        private final String noun;

        Subject(String table, String noun) {
            this.table = table;
            this.noun = noun;
        }

        String noun() {
            return noun;
        }
    }

    /** A ban as the API shows it; {@code bannedAt} and {@code reason} null once lifted. */
    record BanView(String subject, long id, Instant bannedAt, String reason) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Bans(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Bans (or re-words the ban of) the subject; false when there is no such subject. A ban keeps its first time. */
    boolean ban(Subject subject, long id, String reason) {
        return jdbc.update("UPDATE " + subject.table + " SET banned_at = coalesce(banned_at, ?), ban_reason = ? WHERE id = ?",
                Timestamp.from(clock.instant()), reason, id) > 0;
    }

    /** Lifts a ban; false when there is no such subject. Lifting one that is not banned changes nothing. */
    boolean lift(Subject subject, long id) {
        return jdbc.update("UPDATE " + subject.table + " SET banned_at = NULL, ban_reason = NULL WHERE id = ?", id) > 0;
    }

    BanView view(Subject subject, long id) {
        return jdbc.queryForObject("SELECT banned_at, ban_reason FROM " + subject.table + " WHERE id = ?", (rs, row) -> new BanView(
                subject.noun(), id, rs.getTimestamp("banned_at") == null ? null : rs.getTimestamp("banned_at").toInstant(),
                rs.getString("ban_reason")), id);
    }
}
