package io.herdbook.jobs.payouts;

import java.util.List;

/**
 * A payout change that was refused and changed nothing: the row is not the organisation's
 * ({@link Reason#NOT_FOUND}), the request contradicts what is stored ({@link Reason#CONFLICT}: paid lines,
 * a reference in use, terms that are evidence), or a field is wrong ({@link Reason#INVALID}, with the fields).
 */
public final class PayoutRefusedException extends RuntimeException {

    /** What the API answers: 404, 409 or 400. */
    public enum Reason { NOT_FOUND, CONFLICT, INVALID }

    private final Reason reason;
    private final transient List<FieldProblem> problems;

    private PayoutRefusedException(Reason reason, String message, List<FieldProblem> problems) {
        super(message);
        this.reason = reason;
        this.problems = List.copyOf(problems);
    }

    public static PayoutRefusedException notFound(String message) {
        return new PayoutRefusedException(Reason.NOT_FOUND, message, List.of());
    }

    public static PayoutRefusedException conflict(String message) {
        return new PayoutRefusedException(Reason.CONFLICT, message, List.of());
    }

    public static PayoutRefusedException invalid(String field, String message) {
        return invalid(List.of(new FieldProblem(field, message)));
    }

    public static PayoutRefusedException invalid(List<FieldProblem> problems) {
        String detail = String.join("; ", problems.stream()
                .map(p -> p.field().isEmpty() ? p.message() : p.field() + ": " + p.message()).toList());
        return new PayoutRefusedException(Reason.INVALID, "the request is not valid: " + detail, problems);
    }

    public Reason reason() {
        return reason;
    }

    /** The fields that are wrong (only for {@link Reason#INVALID}). */
    public List<FieldProblem> problems() {
        return problems;
    }
}
