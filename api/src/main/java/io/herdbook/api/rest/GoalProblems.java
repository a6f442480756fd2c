package io.herdbook.api.rest;

import io.herdbook.jobs.goals.GoalRefusedException;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The problems of the goal and compliance endpoints. Ordered before {@link ProblemHandler}, whose catch-all for
 * runtime exceptions would otherwise answer first (see {@link JobProblems}).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {GoalsController.class, ComplianceController.class})
public class GoalProblems {

    /** A goal, project or creator that is not the caller's: 404, as if it did not exist. */
    @ExceptionHandler(GoalRefusedException.NotFound.class)
    ProblemDetail notFound(GoalRefusedException.NotFound e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /** A body or reference that is wrong: 400 with every field that is wrong, as {@code errors: [{field, message}]}. */
    @ExceptionHandler(GoalRefusedException.Invalid.class)
    ProblemDetail invalid(GoalRefusedException.Invalid e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        List<Map<String, String>> errors = e.violations().stream().map(v -> Map.of("field", v.field(), "message", v.message())).toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    /** A change the goal's state forbids (archived, or terms with results already judged by them): 409, saying why. */
    @ExceptionHandler(GoalRefusedException.Conflict.class)
    ProblemDetail conflict(GoalRefusedException.Conflict e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }
}
