package io.herdbook.api.rest;

import io.herdbook.jobs.lifecycle.LifecycleRefusedException;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The problems of the creator lifecycle endpoints. Ordered before {@link ProblemHandler}, whose catch-all for runtime
 * exceptions would otherwise answer first.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = CreatorLifecycleController.class)
public class CreatorProblems {

    /** Not the caller's creator: 404 with the body an unknown id gets. */
    @ExceptionHandler(LifecycleRefusedException.NotFound.class)
    ProblemDetail notFound(LifecycleRefusedException.NotFound e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /** A wrong body: 400 with {@code errors: [{field, message}]}. */
    @ExceptionHandler(LifecycleRefusedException.Invalid.class)
    ProblemDetail invalid(LifecycleRefusedException.Invalid e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        return problem;
    }

    /** The creator's state forbids it: 409, with {@code allowed_from} when only time lifts the refusal. */
    @ExceptionHandler(LifecycleRefusedException.Conflict.class)
    ProblemDetail conflict(LifecycleRefusedException.Conflict e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        if (e.allowedFrom() != null) {
            problem.setProperty("allowed_from", e.allowedFrom().toString());
        }
        return problem;
    }
}
