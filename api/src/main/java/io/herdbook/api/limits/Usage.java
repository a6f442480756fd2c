package io.herdbook.api.limits;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** How much of each limit is in use: the one place that says what counts. */
@Component
public class Usage {

    /** A creator counts unless removed; one the failure policy disabled still counts (it waits for a fix, not a slot). */
    static final String COUNTED_CREATOR = "NOT (status = 'DISABLED' AND disabled_reason = 'REMOVED')";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public Usage(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The organisation's use of a limit (today's count for a per-day one); for organisations per user, {@code userId}'s. */
    public long inUse(long organisationId, long userId, LimitName name) {
        return switch (name) {
            case CREATORS -> count("SELECT count(*) FROM creators WHERE organisation_id = ? AND " + COUNTED_CREATOR, organisationId);
            case TRACKED_VIDEOS -> count("SELECT count(*) FROM posts WHERE organisation_id = ? AND tracked", organisationId);
            case PROJECTS -> count("SELECT count(*) FROM projects WHERE organisation_id = ?", organisationId);
            case API_REQUESTS_PER_DAY, MANUAL_REFRESHES_PER_DAY -> jdbc.queryForList(
                    "SELECT used FROM usage_counters WHERE organisation_id = ? AND counter = ? AND day = ?", Long.class,
                    organisationId, name.word(), today()).stream().findFirst().orElse(0L);
            case ORGANISATIONS_PER_USER -> count("SELECT count(*) FROM memberships WHERE user_id = ?", userId);
        };
    }

    /** The day per-day counts are kept under: UTC, from the injected clock. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private long count(String sql, long id) {
        return jdbc.queryForObject(sql, Long.class, id);
    }
}
