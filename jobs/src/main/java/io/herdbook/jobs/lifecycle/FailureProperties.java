package io.herdbook.jobs.lifecycle;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The failure policy ({@code herdbook.failures.*}). Invalid values fail at start-up.
 *
 * @param disableAfter      consecutive failed discovery profile fetches (one per slot) after which a creator is
 *                          auto-disabled
 * @param reenableCooldown  how long after an operator's re-enable another one is refused (409), so a creator that keeps
 *                          failing is not flapped on and off
 * @param outageShare       the share of a slot's profile fetches that may end blocked, shell, failed or unreadable
 *                          before the slot counts as an outage of the platform (or of our network): in such a slot
 *                          failed and unreadable fetches are not held against any creator
 */
@ConfigurationProperties("herdbook.failures")
public record FailureProperties(
        @DefaultValue("5") int disableAfter,
        @DefaultValue("24h") Duration reenableCooldown,
        @DefaultValue("0.5") double outageShare) {

    public FailureProperties {
        if (disableAfter < 1 || disableAfter > 1_000) {
            throw new IllegalArgumentException("herdbook.failures.disable-after must be between 1 and 1000, was " + disableAfter);
        }
        if (reenableCooldown == null || reenableCooldown.isNegative()) {
            throw new IllegalArgumentException("herdbook.failures.reenable-cooldown must be 0 or more, was " + reenableCooldown);
        }
        if (!(outageShare >= 0 && outageShare <= 1)) {
            throw new IllegalArgumentException("herdbook.failures.outage-share must be between 0 and 1, was " + outageShare);
        }
    }

    /** The defaults, for tests and tools that build the policy by hand. */
    public static FailureProperties defaults() {
        return new FailureProperties(5, Duration.ofHours(24), 0.5);
    }
}
