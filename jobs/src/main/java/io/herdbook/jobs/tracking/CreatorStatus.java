package io.herdbook.jobs.tracking;

import io.herdbook.jobs.platform.Outcome;
import java.util.Optional;

/** A creator's tracking status, stored as text in {@code creators.status}. */
public enum CreatorStatus {
    ACTIVE,
    /** The profile answered private (10222): totals keep their last known values, nothing is zeroed. */
    PRIVATE,
    /** The account is gone (10221/10202/404). */
    NOT_FOUND,
    /** Switched off by an operator or by the failure policy. */
    DISABLED;

    /**
     * The status a profile fetch outcome implies, or empty when the outcome says nothing about the
     * account (blocked, shell, failed, unreadable: the platform or the network, not the creator).
     */
    public static Optional<CreatorStatus> impliedBy(Outcome outcome) {
        return switch (outcome) {
            case DATA -> Optional.of(ACTIVE);
            case PRIVATE -> Optional.of(PRIVATE);
            case NOT_FOUND -> Optional.of(NOT_FOUND);
            case BLOCKED, SHELL, FAILED, UNREADABLE -> Optional.empty();
        };
    }
}
