package io.herdbook.api.limits;

import io.herdbook.api.access.Caller;
import io.herdbook.api.access.Callers;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Counts every authenticated request under {@code /api/v1} against {@code api_requests_per_day} ({@link RequestPermits}:
 * from blocks reserved in PostgreSQL, never past the figure) and answers 429 when the day's figure is used up. Runs after authentication (it counts the key's organisation) and
 * before the write transaction, so its count commits on its own: a write that fails still was a request.
 */
class RequestCounter extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RequestPermits permits;

    RequestCounter(RequestPermits permits) {
        this.permits = permits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/v1/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Caller> caller = Callers.of(request);
        if (caller.isPresent()) {
            try {
                permits.admit(caller.get().organisationId());
            } catch (LimitExceeded e) {
                refuse(request, response, e);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The problem MVC would write for the exception; a filter answers before MVC, so it is written here. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, LimitExceeded e) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", e.getBody().getType().toString());
        problem.put("title", e.getBody().getTitle());
        problem.put("status", e.getStatusCode().value());
        problem.put("detail", e.getBody().getDetail());
        problem.put("instance", request.getRequestURI());
        problem.putAll(e.getBody().getProperties());
        response.setStatus(e.getStatusCode().value());
        response.setHeader(HttpHeaders.RETRY_AFTER, e.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }
}
