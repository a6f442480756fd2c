package io.herdbook.api.rest;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * {@code ETag} on every JSON read under {@code /api/v1}, and {@code 304 Not Modified} for an {@code If-None-Match}
 * that still matches: a poller re-reading an unchanged result gets no body. The tag is a hash of the answer, so
 * it is per organisation like the answer is. Files (CSV exports, receipts) are left out: they stream, and
 * hashing them would hold a whole file in memory.
 */
class PollingEtags extends ShallowEtagHeaderFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !path.startsWith("/api/v1/") || path.endsWith(".csv") || path.endsWith("/file") || path.endsWith("/receipt")
                || path.startsWith("/api/v1/docs");
    }
}
