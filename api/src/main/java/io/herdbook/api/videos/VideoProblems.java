package io.herdbook.api.videos;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The problem of a refused bulk action: 404 or 409 with {@code refused_ids}, the ids that made it change nothing.
 * Ordered before the catch-all of {@code ProblemHandler}, as the other problem advices are.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice
class VideoProblems {

    @ExceptionHandler(RefusedIdsException.class)
    ProblemDetail refused(RefusedIdsException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.notFound() ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("refused_ids", e.ids());
        return problem;
    }
}
