package io.herdbook.api.writes;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A {@code GET} of the same path as a write, with no body and no query, for reading the resource as it was.
 * Attributes it sets stay its own, so the write's own dispatch afterwards starts clean; the caller's identity
 * is read through from the write.
 */
final class InternalGet extends HttpServletRequestWrapper {

    /** Headers the internal read must not inherit: they would make it conditional or describe the write's body. */
    private static final Set<String> DROPPED = Set.of("if-none-match", "if-match", "if-modified-since", "content-type",
            "content-length", "idempotency-key");

    private final Map<String, Object> attributes = new HashMap<>();

    InternalGet(HttpServletRequest write) {
        super(write);
    }

    @Override
    public String getMethod() {
        return "GET";
    }

    @Override
    public String getQueryString() {
        return null;
    }

    @Override
    public DispatcherType getDispatcherType() {
        return DispatcherType.REQUEST;
    }

    @Override
    public String getParameter(String name) {
        return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
        return null;
    }

    @Override
    public String getHeader(String name) {
        return DROPPED.contains(name.toLowerCase(java.util.Locale.ROOT)) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return DROPPED.contains(name.toLowerCase(java.util.Locale.ROOT)) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public String getContentType() {
        return null;
    }

    @Override
    public int getContentLength() {
        return 0;
    }

    @Override
    public long getContentLengthLong() {
        return 0;
    }

    @Override
    public ServletInputStream getInputStream() {
        throw new IllegalStateException("an internal GET has no body");
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new StringReader(""));
    }

    @Override
    public Object getAttribute(String name) {
        return attributes.containsKey(name) ? attributes.get(name) : super.getAttribute(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        attributes.put(name, value);
    }

    @Override
    public void removeAttribute(String name) {
        attributes.put(name, null);
    }
}
