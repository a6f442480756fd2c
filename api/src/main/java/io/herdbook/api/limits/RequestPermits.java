package io.herdbook.api.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code api_requests_per_day}, admitted from blocks this node reserves in PostgreSQL. Every request counting one row
 * by itself made that row the API's bottleneck (each request a write, all of an organisation's serialised on one
 * lock: figure P5 in BENCHMARKS.md). A node instead reserves {@value #BLOCK} of the day's requests with one
 * conditional upsert and admits from them in memory; a block is granted only while it fits under the figure, so the
 * nodes together never admit more than the figure. Near the figure, where a block no longer fits, each request
 * reserves one, as before, so the last slots are exact too. The price: {@code usage_counters} counts what was
 * reserved, up to a block per node ahead of what was served, and a figure lowered during the day leaves what a node
 * already reserved.
 */
@Component
class RequestPermits {

    /** Requests one reservation admits: one write per this many requests under load. */
    static final int BLOCK = 50;

    private final JdbcTemplate jdbc;
    private final PlanLimits limits;
    private final Clock clock;
    private final ConcurrentHashMap<Long, Permits> permits = new ConcurrentHashMap<>();
    /** One reservation at a time per organisation on this node; the others wait for its block. */
    private final ConcurrentHashMap<Long, Object> locks = new ConcurrentHashMap<>();

    RequestPermits(JdbcTemplate jdbc, PlanLimits limits, Clock clock) {
        this.jdbc = jdbc;
        this.limits = limits;
        this.clock = clock;
    }

    /** What this node holds of an organisation's day. */
    private record Permits(LocalDate day, AtomicLong left) {
    }

    /** Admits one request of the organisation today (UTC), or refuses it ({@link LimitExceeded}, 429). */
    void admit(long organisationId) {
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Permits held = permits.get(organisationId);
        if (held != null && held.day().equals(day) && held.left().getAndDecrement() > 0) {
            return;
        }
        synchronized (lock(organisationId)) {
            held = permits.get(organisationId);
            if (held != null && held.day().equals(day) && held.left().getAndDecrement() > 0) {
                return;
            }
            long figure = limits.forOrganisation(organisationId, LimitName.API_REQUESTS_PER_DAY);
            if (reserve(organisationId, day, BLOCK, figure)) {
                permits.put(organisationId, new Permits(day, new AtomicLong(BLOCK - 1)));
                return;
            }
            if (!reserve(organisationId, day, 1, figure)) {
                throw LimitExceeded.daily(LimitName.API_REQUESTS_PER_DAY, figure,
                        Duration.between(clock.instant(), day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
            }
        }
    }

    /** One statement decides: the day's first reservation, or more only while they fit under the figure. */
    private boolean reserve(long organisationId, LocalDate day, int count, long figure) {
        if (count > figure) {
            return false;
        }
        List<Long> used = jdbc.queryForList("""
                INSERT INTO usage_counters (organisation_id, counter, day, used) VALUES (?, ?, ?, ?)
                ON CONFLICT (organisation_id, counter, day) DO UPDATE SET used = usage_counters.used + excluded.used
                 WHERE usage_counters.used + excluded.used <= ?
                RETURNING used""", Long.class, organisationId, LimitName.API_REQUESTS_PER_DAY.word(), day, count, figure);
        return !used.isEmpty();
    }

    private Object lock(long organisationId) {
        return locks.computeIfAbsent(organisationId, id -> new Object());
    }
}
