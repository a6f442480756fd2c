package io.herdbook.api.rest;

import java.sql.SQLException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as {@code application/problem+json}: Spring MVC's own exceptions (type mismatch, missing
 * parameter, unknown route, wrong method) through {@link ResponseEntityExceptionHandler}, and anything
 * unexpected as a 500 problem that is logged, never a stack trace.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badArgument(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /**
     * A value PostgreSQL refuses to store or compare (SQLSTATE class 22, "data exception": a NUL character in text,
     * a number out of range) is the request's fault, whichever field or parameter carried it: 400, never a 500.
     */
    @ExceptionHandler(DataAccessException.class)
    ProblemDetail dataRefused(DataAccessException e) {
        if (e.getMostSpecificCause() instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
            String detail = "22021".equals(sql.getSQLState())
                    ? "a text in this request holds a NUL character (\\u0000), which cannot be stored"
                    : "a value in this request cannot be stored or compared (SQLSTATE " + sql.getSQLState() + ")";
            return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        }
        return unexpected(e);
    }

    /** A query string that is not valid UTF-8 once percent-decoded: Tomcat refuses to read its parameters. */
    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail badQuery(InvalidParameterException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "the query string is not valid: its parameters must be UTF-8, percent-encoded");
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        log.error("unexpected error serving a request", e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "internal error; see the server log");
    }
}
