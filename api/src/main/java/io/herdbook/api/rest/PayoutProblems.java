package io.herdbook.api.rest;

import io.herdbook.jobs.payouts.PayoutRefusedException;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The problems of every endpoint that reads its body with {@link JsonBody} (the payout endpoints first): a refused change (which changed nothing) is a 404, a 409 or a 400 with
 * {@code errors}, one {@code {field, message}} per wrong field. Ordered before {@link ProblemHandler}, whose
 * catch-all for runtime exceptions would otherwise answer first (see {@link JobProblems}).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice
public class PayoutProblems {

    @ExceptionHandler(PayoutRefusedException.class)
    ProblemDetail refused(PayoutRefusedException e) {
        HttpStatus status = switch (e.reason()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        if (!e.problems().isEmpty()) {
            List<Map<String, String>> errors = e.problems().stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList();
            problem.setProperty("errors", errors);
        }
        return problem;
    }
}
