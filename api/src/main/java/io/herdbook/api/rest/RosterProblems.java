package io.herdbook.api.rest;

import io.herdbook.jobs.lifecycle.LifecycleRefusedException;
import io.herdbook.jobs.payouts.PayoutRefusedException;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The problems of the project and creator-roster endpoints: 404, 409, or 400 with {@code errors: [{field, message}]}
 * (bodies are read by {@link JsonBody}, whose refusals these are). Limits answer through their own exception (402,
 * 429), which {@link ProblemHandler} writes. Ordered before ProblemHandler, whose catch-all would answer first.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {ProjectsController.class, CreatorRosterController.class})
public class RosterProblems {

    @ExceptionHandler(PayoutRefusedException.class)
    ProblemDetail refused(PayoutRefusedException e) {
        HttpStatus status = switch (e.reason()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        if (!e.problems().isEmpty()) {
            problem.setProperty("errors", e.problems().stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        }
        return problem;
    }

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
