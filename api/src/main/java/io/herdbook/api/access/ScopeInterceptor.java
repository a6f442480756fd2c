package io.herdbook.api.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Deny by default (C20): a handler under {@code /api/v1} runs only if it declares the scope it needs and the
 * caller holds it. A handler that declares nothing is refused to everyone, so a forgotten annotation fails closed.
 */
class ScopeInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // The document's own handler (springdoc's) declares no scope; it is open like the filter leaves it.
        if (!(handler instanceof HandlerMethod method) || !ApiKeyFilter.isApiPath(request) || ApiKeyFilter.isDocumentPath(request)) {
            return true;
        }
        // Spring's own answer to OPTIONS (the Allow header) reads no data; it is not a handler of ours to declare.
        if (method.hasMethodAnnotation(Unauthenticated.class) || method.getBeanType().getName().startsWith("org.springframework.web.")) {
            return true;
        }
        RequiresScope declared = method.getMethodAnnotation(RequiresScope.class);
        if (declared == null) {
            throw new AccessDeniedProblem("this endpoint declares no scope, so no key may call it", null);
        }
        Caller caller = Callers.of(request).orElseThrow(() -> new AccessDeniedProblem("an API key is required", declared.value().word()));
        if (!caller.holds(declared.value())) {
            throw new AccessDeniedProblem(explain(declared.value()), declared.value().word());
        }
        return true;
    }

    private static String explain(Scope needed) {
        return switch (needed) {
            case PLATFORM -> "platform admin required: this endpoint reaches past one organisation";
            default -> needed.word() + " scope required";
        };
    }
}
