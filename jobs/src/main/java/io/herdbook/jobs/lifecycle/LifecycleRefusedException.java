package io.herdbook.jobs.lifecycle;

import java.time.Instant;

/** Why {@link CreatorLifecycle} would not do what an operator asked; nothing was written. */
public abstract sealed class LifecycleRefusedException extends RuntimeException {

    LifecycleRefusedException(String message) {
        super(message);
    }

    /** No such creator in the organisation (another organisation's ids are not told apart from missing ones). */
    public static final class NotFound extends LifecycleRefusedException {
        public NotFound(long creatorId) {
            super("no creator " + creatorId);
        }
    }

    /** The request itself is wrong, e.g. a handle the platform could not have. */
    public static final class Invalid extends LifecycleRefusedException {
        private final String field;

        public Invalid(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** The creator's state forbids it: not disabled, re-enabled too recently, or the handle is taken. */
    public static final class Conflict extends LifecycleRefusedException {
        private final transient Instant allowedFrom;

        Conflict(String message, Instant allowedFrom) {
            super(message);
            this.allowedFrom = allowedFrom;
        }

        /** When the same request would be accepted, for a refusal that only time lifts; null otherwise. */
        public Instant allowedFrom() {
            return allowedFrom;
        }
    }
}
