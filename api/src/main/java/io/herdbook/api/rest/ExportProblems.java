package io.herdbook.api.rest;

import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The problems particular to {@link ExportsController}, ordered before {@link ProblemHandler}'s catch-all (see
 * {@link JobProblems} for why).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = ExportsController.class)
public class ExportProblems {

    /** A request that is not an export: 400 with every field that is wrong. */
    @ExceptionHandler(ExportRequest.InvalidExportException.class)
    ProblemDetail invalid(ExportRequest.InvalidExportException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        List<Map<String, String>> errors = e.errors().stream().map(error -> Map.of("field", error.field(), "message", error.message())).toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    /** Too many lines to stream in one response: 413, with the queued export to ask for instead. */
    @ExceptionHandler(TooLargeForDirectExportException.class)
    ProblemDetail tooLarge(TooLargeForDirectExportException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        problem.setProperty("direct_max_lines", e.directMaxLines());
        problem.setProperty("async", Map.of("method", "POST", "href", e.asyncHref(), "body", e.asyncBody()));
        return problem;
    }

    /** The file of an export that has not succeeded: 409, saying where it is. */
    @ExceptionHandler(ExportNotReadyException.class)
    ProblemDetail notReady(ExportNotReadyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("status", e.status().name());
        return problem;
    }
}
