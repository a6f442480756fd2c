package io.herdbook.sandbox;

import io.herdbook.jobs.platform.ParsedPage;
import io.herdbook.jobs.platform.RawResponse;
import io.herdbook.jobs.platform.parse.PlatformParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Real HTTP over loopback to a sandbox, as a fetcher would do it: no redirects followed. */
final class SandboxClient {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final PlatformParser parser = new PlatformParser();
    private final String baseUrl;

    SandboxClient(Sandbox sandbox) {
        this.baseUrl = sandbox.baseUrl();
    }

    HttpResponse<byte[]> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(Duration.ofSeconds(10)).GET().build());
    }

    HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> method(String method, String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    String text(String pathAndQuery) {
        return new String(get(pathAndQuery).body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Fetches and parses the answer exactly as the jobs' fetcher and parser would. */
    ParsedPage parse(String pathAndQuery) {
        return parse(get(pathAndQuery));
    }

    ParsedPage parse(HttpResponse<byte[]> response) {
        return parser.parse(new RawResponse(response.statusCode(), response.headers().map(),
                new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)));
    }

    static String urlEncode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
