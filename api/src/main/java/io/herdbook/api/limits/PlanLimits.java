package io.herdbook.api.limits;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The figure of a limit that applies: the organisation's override when there is one, else its plan's. For
 * organisations per user: the person's override, else the largest figure among the plans of the organisations they
 * belong to (Free's when none), so joining an Ultra customer's organisation does not shrink what a person may do.
 */
@Component
public class PlanLimits {

    private final JdbcTemplate jdbc;

    public PlanLimits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisation's plan; empty for an unknown organisation. */
    public Optional<Plan> plan(long organisationId) {
        return jdbc.queryForList("SELECT plan FROM organisations WHERE id = ?", String.class, organisationId).stream().findFirst()
                .map(word -> Plan.ofWord(word).orElseThrow());
    }

    /** The figure of an organisation's limit (not {@link LimitName#ORGANISATIONS_PER_USER}; see {@link #forUser}). */
    public long forOrganisation(long organisationId, LimitName name) {
        if (name.perUser()) {
            throw new IllegalArgumentException(name.word() + " is set per person");
        }
        // One round trip: every API request asks this for its day's count.
        return jdbc.query("""
                SELECT o.plan, lo.value FROM organisations o
                  LEFT JOIN limit_overrides lo ON lo.organisation_id = o.id AND lo.limit_name = ?
                 WHERE o.id = ?""", (rs, row) -> {
                    long value = rs.getLong("value");
                    return rs.wasNull() ? Plan.ofWord(rs.getString("plan")).orElse(Plan.FREE).figure(name) : value;
                }, name.word(), organisationId).stream().findFirst().orElse(Plan.FREE.figure(name));
    }

    /** How many organisations a person may belong to. */
    public long forUser(long userId) {
        Optional<Long> override = jdbc.queryForList("SELECT value FROM limit_overrides WHERE user_id = ? AND limit_name = ?",
                Long.class, userId, LimitName.ORGANISATIONS_PER_USER.word()).stream().findFirst();
        if (override.isPresent()) {
            return override.get();
        }
        List<String> plans = jdbc.queryForList("""
                SELECT o.plan FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = ?""",
                String.class, userId);
        return plans.stream().map(word -> Plan.ofWord(word).orElseThrow().figure(LimitName.ORGANISATIONS_PER_USER))
                .max(Long::compare).orElse(Plan.FREE.figure(LimitName.ORGANISATIONS_PER_USER));
    }

    /** Whether an override replaces the plan's figure. */
    public boolean overridden(long organisationId, LimitName name) {
        return !jdbc.queryForList("SELECT 1 FROM limit_overrides WHERE organisation_id = ? AND limit_name = ?", Integer.class,
                organisationId, name.word()).isEmpty();
    }

    /** Puts the organisation on a plan. @return false for an unknown organisation */
    public boolean setPlan(long organisationId, Plan plan) {
        return jdbc.update("UPDATE organisations SET plan = ? WHERE id = ?", plan.word(), organisationId) == 1;
    }

    /** Replaces the plan's figure for one organisation. */
    public void override(long organisationId, LimitName name, long value) {
        jdbc.update("""
                INSERT INTO limit_overrides (organisation_id, user_id, limit_name, value) VALUES (?, NULL, ?, ?)
                ON CONFLICT (organisation_id, user_id, limit_name) DO UPDATE SET value = excluded.value""",
                organisationId, name.word(), value);
    }

    /** Replaces the figure of organisations per user for one person. */
    public void overrideForUser(long userId, long value) {
        jdbc.update("""
                INSERT INTO limit_overrides (organisation_id, user_id, limit_name, value) VALUES (NULL, ?, ?, ?)
                ON CONFLICT (organisation_id, user_id, limit_name) DO UPDATE SET value = excluded.value""",
                userId, LimitName.ORGANISATIONS_PER_USER.word(), value);
    }

    /** Drops an organisation's override: the plan's figure applies again. @return whether there was one */
    public boolean clearOverride(long organisationId, LimitName name) {
        return jdbc.update("DELETE FROM limit_overrides WHERE organisation_id = ? AND limit_name = ?", organisationId, name.word()) == 1;
    }
}
