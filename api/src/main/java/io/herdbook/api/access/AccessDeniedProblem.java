package io.herdbook.api.access;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 403: the key is valid but may not do this ("write scope required"). */
public class AccessDeniedProblem extends ErrorResponseException {

    public AccessDeniedProblem(String detail, String requiredScope) {
        super(HttpStatus.FORBIDDEN, problem(detail, requiredScope), null);
    }

    private static ProblemDetail problem(String detail, String requiredScope) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
        problem.setTitle("Forbidden");
        problem.setType(URI.create("https://herdbook.io/problems/scope-required"));
        if (requiredScope != null) {
            problem.setProperty("required_scope", requiredScope);
        }
        return problem;
    }
}
