package io.herdbook.api.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authentication: every request under {@code /api/v1} but the API document and {@link #OPEN_PATHS} carries
 * {@code Authorization: Bearer <key>}; without one, or with an unknown or revoked key, it is a 401 before any
 * handler runs. The {@link Caller} is kept on the request for everything after ({@link Callers}).
 */
class ApiKeyFilter extends OncePerRequestFilter {

    static final String API = "/api/v1/";
    /** The API document and its browsable UI: open, so a client can learn how to authenticate. */
    static final Set<String> DOCUMENT_PATHS = Set.of("/api/v1/openapi.json", "/api/v1/docs");
    /** Handlers marked {@link Unauthenticated}: the request carries a secret of its own. */
    static final Set<String> OPEN_PATHS = Set.of("/api/v1/invitations/accept");
    private static final String BEARER = "Bearer ";

    private final ApiKeys keys;

    ApiKeyFilter(ApiKeys keys) {
        this.keys = keys;
    }

    static boolean isApiPath(HttpServletRequest request) {
        return request.getRequestURI().startsWith(API);
    }

    /** The API document or its UI: open to everyone, key or not. */
    static boolean isDocumentPath(HttpServletRequest request) {
        String path = request.getRequestURI();
        // The UI at /api/v1/docs redirects to springdoc's page and assets under /api/v1/swagger-ui/.
        return DOCUMENT_PATHS.contains(path) || path.startsWith("/api/v1/docs/") || path.startsWith("/api/v1/openapi.json")
                || path.startsWith("/api/v1/swagger-ui/");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isApiPath(request) || isDocumentPath(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null && OPEN_PATHS.contains(request.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            refuse(request, response, "an API key is required: send Authorization: Bearer " + ApiKeys.PREFIX + "…");
            return;
        }
        Optional<Caller> caller = keys.authenticate(header.substring(BEARER.length()).trim());
        if (caller.isEmpty()) {
            refuse(request, response, "unknown or revoked API key");
            return;
        }
        if (caller.get().suspension() != null) {
            // Known, but banned by a platform operator: refused before anything runs, and told why.
            ProblemResponses.write(request, response, HttpStatus.FORBIDDEN, "suspended", caller.get().suspension(), Map.of());
            return;
        }
        Callers.set(request, caller.get());
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"herdbook\"");
        ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated", detail, Map.of());
    }
}
