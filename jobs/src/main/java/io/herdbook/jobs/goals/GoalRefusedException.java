package io.herdbook.jobs.goals;

import java.util.List;

/** Why {@link GoalCommands} would not do what it was asked; nothing was written. */
public abstract sealed class GoalRefusedException extends RuntimeException {

    GoalRefusedException(String message) {
        super(message);
    }

    /** No such goal, project or creator in the organisation (another organisation's ids are not told apart from missing ones). */
    public static final class NotFound extends GoalRefusedException {
        public NotFound(String message) {
            super(message);
        }
    }

    /** The request names things the goal cannot have: a campaign of another project, creators outside the project or campaign. */
    public static final class Invalid extends GoalRefusedException {
        private final transient List<GoalViolation> violations;

        public Invalid(List<GoalViolation> violations) {
            super("the goal cannot be saved: " + String.join("; ",
                    violations.stream().map(v -> v.field().isEmpty() ? v.message() : v.field() + ": " + v.message()).toList()));
            this.violations = List.copyOf(violations);
        }

        public List<GoalViolation> violations() {
            return violations;
        }
    }

    /** The goal's state forbids the change: it is archived, or results were already evaluated by the terms it would change. */
    public static final class Conflict extends GoalRefusedException {
        public Conflict(String message) {
            super(message);
        }
    }
}
