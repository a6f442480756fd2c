package io.herdbook.jobs.lifecycle;

import io.herdbook.jobs.tracking.Sql;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts each creator's consecutive failed profile fetches over discovery slots and disables those that reach
 * {@code herdbook.failures.disable-after}. Runs once a slot's discovery has fetched every creator, from the outcome
 * discovery's writer kept on each creator row ({@code creators.profile_outcome} for {@code profile_outcome_slot}), so:
 * <ul>
 * <li>each creator is judged by its own fetch only: a healthy creator in a chunk of failing ones is not blamed;</li>
 * <li>a slot counts once per creator ({@code failures_counted_slot}): a retried chunk, a restarted run or a forced
 *     re-run of the slot changes nothing the second time, and an older slot run late is ignored;</li>
 * <li>it sees the whole slot, so it can tell a platform-wide outage from a creator's own failure.</li>
 * </ul>
 * What counts: {@code DATA} resets the count; {@code NOT_FOUND} and {@code PRIVATE} (the platform answered about
 * this account) always add one; {@code FAILED} and {@code UNREADABLE} add one unless the slot was an outage (more
 * than {@code outage-share} of its fetches blocked, shell, failed or unreadable); {@code BLOCKED} and {@code SHELL}
 * never count and never reset: they are the platform refusing us, not news about the creator. The reason bucket
 * is the creator's status at the threshold, which discovery has moved to the streak's latest word about the account:
 * NOT_FOUND → ACCOUNT_DELETED, PRIVATE → ACCOUNT_PRIVATE, otherwise UNREACHABLE.
 */
@Component
public class FailureAccounting {

    /** The actor of the events this writes. */
    static final String ACTOR = "discovery";

    private static final Logger log = LoggerFactory.getLogger(FailureAccounting.class);

    private final JdbcTemplate jdbc;
    private final FailureProperties policy;
    private final Clock clock;

    public FailureAccounting(JdbcTemplate jdbc, FailureProperties policy, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * What one slot's accounting did.
     *
     * @param fetched   creators whose profile was fetched in the slot
     * @param unreached of those, fetches that ended blocked, shell, failed or unreadable
     * @param outage    whether the slot counted as an outage (failed and unreadable fetches not held against anyone)
     * @param counted   creators whose count moved (reset or +1) in this call; 0 when the slot was already counted
     * @param disabled  creators this call disabled
     */
    public record SlotAccount(long fetched, long unreached, boolean outage, int counted, int disabled) {
    }

    /** Counts the slot's outcomes and disables the creators that reached the limit; call it in one transaction. */
    public SlotAccount account(Instant slot) {
        var shares = jdbc.queryForMap("""
                SELECT count(*) AS fetched,
                       count(*) FILTER (WHERE profile_outcome IN ('BLOCKED', 'SHELL', 'FAILED', 'UNREADABLE')) AS unreached
                  FROM creators WHERE profile_outcome_slot = ?
                """, Sql.utc(slot));
        long fetched = ((Number) shares.get("fetched")).longValue();
        long unreached = ((Number) shares.get("unreached")).longValue();
        boolean outage = fetched > 0 && unreached > policy.outageShare() * fetched;
        int counted = jdbc.update("""
                UPDATE creators
                   SET consecutive_failures = CASE WHEN profile_outcome = 'DATA' THEN 0 ELSE consecutive_failures + 1 END,
                       last_failure_slot = CASE WHEN profile_outcome = 'DATA' THEN last_failure_slot ELSE profile_outcome_slot END,
                       failures_counted_slot = profile_outcome_slot
                 WHERE profile_outcome_slot = ? AND status <> 'DISABLED'
                   AND (failures_counted_slot IS NULL OR failures_counted_slot < profile_outcome_slot)
                   AND (profile_outcome IN ('DATA', 'NOT_FOUND', 'PRIVATE')
                        OR (profile_outcome IN ('FAILED', 'UNREADABLE') AND NOT ?))
                """, Sql.utc(slot), outage);
        int disabled = disable(slot);
        if (outage) {
            log.warn("discovery {}: {} of {} profile fetches were blocked or failed: an outage, not held against any creator",
                    slot, unreached, fetched);
        }
        if (disabled > 0) {
            log.warn("discovery {}: {} creators disabled after {} failed profile fetches in a row", slot, disabled, policy.disableAfter());
        }
        return new SlotAccount(fetched, unreached, outage, counted, disabled);
    }

    /** Disables the slot's creators at the limit, with the reason bucket and an AUTO_DISABLED event each. */
    private int disable(Instant slot) {
        Instant now = clock.instant();
        return jdbc.update("""
                WITH disabled AS (
                    UPDATE creators
                       SET status = 'DISABLED', version = version + 1, disabled_at = ?,
                           disabled_reason = CASE status WHEN 'NOT_FOUND' THEN 'ACCOUNT_DELETED'
                                                         WHEN 'PRIVATE' THEN 'ACCOUNT_PRIVATE' ELSE 'UNREACHABLE' END
                     WHERE failures_counted_slot = ? AND consecutive_failures >= ? AND status <> 'DISABLED'
                    RETURNING id, organisation_id, disabled_reason, consecutive_failures, profile_outcome)
                INSERT INTO creator_events (organisation_id, creator_id, at, slot, kind, detail, actor)
                SELECT organisation_id, id, ?, ?, 'AUTO_DISABLED',
                       jsonb_build_object('reason', disabled_reason, 'consecutive_failures', consecutive_failures,
                                          'last_outcome', profile_outcome), ?
                  FROM disabled
                ON CONFLICT (creator_id, kind, slot) DO NOTHING
                """, Sql.utc(now), Sql.utc(slot), policy.disableAfter(), Sql.utc(now), Sql.utc(slot), ACTOR);
    }
}
