package io.herdbook.jobs.platform;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP answer as the parser sees it: status, headers (names lower-cased) and body. A saved page
 * without headers is a 200 with no headers; a {@code curl -i} capture keeps its real status line.
 */
public record RawResponse(int status, Map<String, List<String>> headers, String body) {

    public RawResponse {
        TreeMap<String, List<String>> lower = new TreeMap<>();
        headers.forEach((name, values) -> lower.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new java.util.ArrayList<>()).addAll(values));
        lower.replaceAll((k, v) -> List.copyOf(v));
        headers = java.util.Collections.unmodifiableMap(lower);
        body = body == null ? "" : body;
    }

    /** A plain 200 answer with no headers, as a page saved from a browser. */
    public static RawResponse ok(String body) {
        return new RawResponse(200, Map.of(), body);
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
