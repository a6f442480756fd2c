package io.herdbook.jobs.reconcile;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the {@code deep-reconcile} job ({@code herdbook.reconcile.*}). Invalid values fail at start-up.
 *
 * @param budget      post-list pages one run may fetch in all, over every creator it walks; a walk the budget cuts off
 *                    continues from where it stopped in the next run, so a backlog drains over runs
 * @param pageSize    posts asked for per list page (the platform serves at most 35)
 * @param rescanAfter how long after a finished walk a creator is walked again (unless its tracking start moved back)
 */
@ConfigurationProperties("herdbook.reconcile")
public record ReconcileProperties(
        @DefaultValue("200") int budget,
        @DefaultValue("35") int pageSize,
        @DefaultValue("30d") Duration rescanAfter) {

    public ReconcileProperties {
        if (budget < 1 || budget > 1_000_000) {
            throw new IllegalArgumentException("herdbook.reconcile.budget must be between 1 and 1000000, was " + budget);
        }
        if (pageSize < 1 || pageSize > 35) {
            throw new IllegalArgumentException("herdbook.reconcile.page-size must be between 1 and 35, was " + pageSize);
        }
        if (rescanAfter == null || rescanAfter.isNegative() || rescanAfter.isZero()) {
            throw new IllegalArgumentException("herdbook.reconcile.rescan-after must be a positive duration, was " + rescanAfter);
        }
    }
}
