package io.herdbook.api.limits;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Admits additions against the plan, atomically (C17). Counting and then inserting over-admits when requests race,
 * so: a capacity ({@link #requireRoom}) is checked under a lock on the organisation's row, taken in the transaction
 * that then inserts and held to its commit, which makes one organisation's additions take turns; a per-day rate
 * ({@link #count}) is raised by one conditional upsert that adds one only below the figure.
 */
@Component
public class Admission {

    private final JdbcTemplate jdbc;
    private final PlanLimits limits;
    private final Usage usage;
    private final Clock clock;

    public Admission(JdbcTemplate jdbc, PlanLimits limits, Usage usage, Clock clock) {
        this.jdbc = jdbc;
        this.limits = limits;
        this.usage = usage;
        this.clock = clock;
    }

    /**
     * Locks the organisation's row until the current transaction ends; call it first in the transaction that adds,
     * before reading anything the addition depends on. FOR NO KEY UPDATE rather than FOR UPDATE: it excludes the
     * other additions just as well, but not the key-share locks of inserts that only reference the organisation
     * (usage counters, audit rows of its other requests), which need not wait.
     *
     * @return false when there is no such organisation
     */
    public boolean lock(long organisationId) {
        requireTransaction();
        return !jdbc.queryForList("SELECT id FROM organisations WHERE id = ? FOR NO KEY UPDATE", Long.class, organisationId).isEmpty();
    }

    /**
     * Refuses ({@link LimitExceeded}, 402) adding {@code adding} of a capacity when the organisation's use plus that
     * would pass the figure: a bulk addition is admitted whole or not at all. Call it under {@link #lock}.
     */
    public void requireRoom(long organisationId, LimitName name, long adding) {
        if (name.perDay() || name.perUser()) {
            throw new IllegalArgumentException(name.word() + " is not an organisation's capacity");
        }
        long figure = limits.forOrganisation(organisationId, name);
        long inUse = usage.inUse(organisationId, 0, name);
        if (adding > 0 && inUse + adding > figure) {
            throw LimitExceeded.capacity(name, figure, inUse, adding);
        }
    }

    /**
     * Refuses ({@link LimitExceeded}, 402) when the organisation's use of a capacity, counted after this transaction's
     * own changes, is past the figure: for changes whose size is only known once made (posts already known add
     * nothing; a status change adds only what was not tracked), made under {@link #lock} and rolled back by the refusal.
     */
    public void requireWithin(long organisationId, LimitName name) {
        long figure = limits.forOrganisation(organisationId, name);
        long inUse = usage.inUse(organisationId, 0, name);
        if (inUse > figure) {
            throw LimitExceeded.capacity(name, figure, figure, inUse - figure);
        }
    }

    /**
     * Refuses ({@link LimitExceeded}, 402, {@code organisations_per_user}) one more organisation for a person who
     * already belongs to as many as they may. Locks the person's row, so call it in the transaction that adds the
     * membership (accepting an invitation, making an organisation), before adding it.
     */
    public void requireOrganisationSlot(long userId) {
        requireTransaction();
        jdbc.queryForList("SELECT id FROM users WHERE id = ? FOR NO KEY UPDATE", Long.class, userId);
        long figure = limits.forUser(userId);
        long inUse = usage.inUse(0, userId, LimitName.ORGANISATIONS_PER_USER);
        if (inUse + 1 > figure) {
            throw LimitExceeded.capacity(LimitName.ORGANISATIONS_PER_USER, figure, inUse, 1);
        }
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a lock means nothing outside the transaction that adds");
        }
    }

    /**
     * Counts one more of a per-day rate for today (UTC), or refuses it ({@link LimitExceeded}, 429 with the time to
     * the next UTC midnight). Within the caller's transaction when there is one, so a write that fails uncounts it.
     */
    public void count(long organisationId, LimitName name) {
        if (!name.perDay()) {
            throw new IllegalArgumentException(name.word() + " is not counted per day");
        }
        long figure = limits.forOrganisation(organisationId, name);
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        // One statement decides: the insert of the day's first, or an increment only while below the figure. When
        // the WHERE refuses the update no row comes back; two nodes cannot both pass the last slot.
        List<Long> used = figure <= 0 ? List.of() : jdbc.queryForList("""
                INSERT INTO usage_counters (organisation_id, counter, day, used) VALUES (?, ?, ?, 1)
                ON CONFLICT (organisation_id, counter, day) DO UPDATE SET used = usage_counters.used + 1
                 WHERE usage_counters.used < ?
                RETURNING used""", Long.class, organisationId, name.word(), day, figure);
        if (used.isEmpty()) {
            throw LimitExceeded.daily(name, figure, Duration.between(clock.instant(), day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
    }
}
