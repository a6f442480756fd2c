package io.herdbook.sandbox;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The parts of a request the routes look at: method, decoded path and query parameters. */
record Request(String method, String path, Map<String, String> params) {

    Request {
        params = Map.copyOf(params);
    }

    static Request of(String method, URI uri) {
        String rawPath = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return new Request(method, URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8), query(uri.getRawQuery()));
    }

    String param(String name) {
        return params.get(name);
    }

    /** An integer parameter, or {@code fallback} when it is absent or not a number. */
    long longParam(String name, long fallback) {
        String value = params.get(name);
        if (value == null || !value.matches("-?\\d{1,18}")) {
            return fallback;
        }
        return Long.parseLong(value);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return params;
    }
}
