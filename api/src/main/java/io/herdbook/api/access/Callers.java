package io.herdbook.api.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** Where the authenticated {@link Caller} of the current request is kept ({@link ApiKeyFilter} puts it there). */
public final class Callers {

    static final String ATTRIBUTE = Callers.class.getName() + ".caller";

    private Callers() {
    }

    /** The caller of the request this thread serves; empty outside a request or before authentication. */
    public static Optional<Caller> current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null ? Optional.empty()
                : Optional.ofNullable((Caller) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
    }

    /** The caller of an authenticated request (every handler but the few {@link Unauthenticated} ones has one). */
    public static Caller required() {
        return current().orElseThrow(() -> new IllegalStateException("no authenticated caller on this request"));
    }

    /** The caller {@link ApiKeyFilter} put on the request; for filters after it, which run before the request context is set. */
    public static Optional<Caller> of(HttpServletRequest request) {
        return Optional.ofNullable((Caller) request.getAttribute(ATTRIBUTE));
    }

    static void set(HttpServletRequest request, Caller caller) {
        request.setAttribute(ATTRIBUTE, caller);
    }
}
