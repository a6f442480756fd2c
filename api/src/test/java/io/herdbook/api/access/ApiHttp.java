package io.herdbook.api.access;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Requests to the API on loopback with any method, body and headers, as a client sends them. */
public final class ApiHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final int port;

    public ApiHttp(int port) {
        this.port = port;
    }

    /** Sends {@code method path} with an optional body of {@code contentType} and header pairs (name, value, …). */
    public HttpResponse<String> send(String method, String path, String contentType, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i + 1] != null) {
                request.header(headers[i], headers[i + 1]);
            }
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> json(String method, String path, String key, String json, String... headers) throws Exception {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = key;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return send(method, path, json == null ? null : "application/json", json == null ? null : json.getBytes(java.nio.charset.StandardCharsets.UTF_8), all);
    }
}
