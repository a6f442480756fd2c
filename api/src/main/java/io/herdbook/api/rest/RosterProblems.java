package io.herdbook.api.rest;

import io.herdbook.jobs.lifecycle.LifecycleRefusedException;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The problems of the project and creator-roster endpoints beyond what {@link PayoutProblems} answers for every
 * {@link JsonBody} refusal (404, 409, or 400 with {@code errors}): a lifecycle refusal. Limits answer through their own
 * exception (402, 429). Ordered before ProblemHandler, whose catch-all would answer first.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {ProjectsController.class, CreatorRosterController.class})
public class RosterProblems {

    /** Not the caller's creator: 404 with the body an unknown id gets. */
    @ExceptionHandler(LifecycleRefusedException.NotFound.class)
    ProblemDetail notFound(LifecycleRefusedException.NotFound e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(LifecycleRefusedException.Conflict.class)
    ProblemDetail conflict(LifecycleRefusedException.Conflict e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    /** A bulk action refused as a whole: the ids it refused and why ({@code refused: [{id, reason}]}). */
    @ExceptionHandler(BulkRefused.class)
    ProblemDetail bulk(BulkRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setProperty("refused_ids", e.refused().keySet().stream().toList());
        problem.setProperty("refused", e.refused().entrySet().stream().map(r -> Map.of("id", r.getKey(), "reason", r.getValue())).toList());
        return problem;
    }

    /** Bulk actions change all their ids or none: these were refused, so nothing changed. */
    static final class BulkRefused extends RuntimeException {
        private final HttpStatus status;
        private final transient Map<Long, String> refused;

        BulkRefused(HttpStatus status, String message, Map<Long, String> refused) {
            super(message);
            this.status = status;
            this.refused = refused;
        }

        HttpStatus status() {
            return status;
        }

        Map<Long, String> refused() {
            return refused;
        }
    }
}
