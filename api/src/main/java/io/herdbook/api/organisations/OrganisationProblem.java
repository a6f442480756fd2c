package io.herdbook.api.organisations;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A refused organisation request, answered as a problem by Spring MVC's own handling of {@link
 * ErrorResponseException}. A refused request changed nothing (the transaction it ran in rolls back).
 */
final class OrganisationProblem extends ErrorResponseException {

    /** A wrong field of a body. */
    record FieldProblem(String field, String message) {
    }

    private OrganisationProblem(HttpStatus status, String detail, List<FieldProblem> problems) {
        super(status, problem(status, detail, problems), null);
    }

    /**
     * 404. The detail never names the id, so another organisation's id and one that does not exist answer the
     * same body (C18).
     */
    static OrganisationProblem notFound(String what) {
        return new OrganisationProblem(HttpStatus.NOT_FOUND, "no such " + what, List.of());
    }

    static OrganisationProblem conflict(String detail) {
        return new OrganisationProblem(HttpStatus.CONFLICT, detail, List.of());
    }

    static OrganisationProblem forbidden(String detail) {
        return new OrganisationProblem(HttpStatus.FORBIDDEN, detail, List.of());
    }

    static OrganisationProblem invalid(List<FieldProblem> problems) {
        return new OrganisationProblem(HttpStatus.BAD_REQUEST, "the request body is not valid", problems);
    }

    static OrganisationProblem invalid(String field, String message) {
        return invalid(List.of(new FieldProblem(field, message)));
    }

    private static ProblemDetail problem(HttpStatus status, String detail, List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (!problems.isEmpty()) {
            problem.setProperty("errors", problems.stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        }
        return problem;
    }
}
