package io.herdbook.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** One HTTP answer the sandbox sends: status, headers in order (repeats allowed) and body bytes. */
record Reply(int status, List<Map.Entry<String, String>> headers, byte[] body) {

    static final String HTML = "text/html; charset=utf-8";
    static final String JSON = "application/json; charset=utf-8";

    Reply {
        headers = List.copyOf(headers);
    }

    static Reply of(int status, String contentType, byte[] body) {
        return new Reply(status, List.of(Map.entry("content-type", contentType)), body);
    }

    static Reply html(String body) {
        return of(200, HTML, body.getBytes(StandardCharsets.UTF_8));
    }

    static Reply json(int status, String body) {
        return of(status, JSON, body.getBytes(StandardCharsets.UTF_8));
    }

    static Reply json(String body) {
        return json(200, body);
    }

    static Reply notFound() {
        return of(404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
    }
}
