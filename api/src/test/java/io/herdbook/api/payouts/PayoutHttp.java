package io.herdbook.api.payouts;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.api.access.TestKeys;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests to the API on loopback, each with the API key this was made with (as a real client sends it), and the
 * checks every payout test makes of a problem.
 */
public final class PayoutHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;
    private final String authorization;

    /** Requests that send {@code authorization} (a {@code Bearer} header value, see TestKeys); null sends none. */
    public PayoutHttp(int port, String authorization) {
        this.port = port;
        this.authorization = authorization;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send(request(path).GET());
    }

    public HttpResponse<String> post(String path, String json) throws Exception {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> patch(String path, String json) throws Exception {
        return send(request(path).header("Content-Type", "application/json").method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> put(String path) throws Exception {
        return send(request(path).PUT(HttpRequest.BodyPublishers.noBody()));
    }

    public HttpResponse<String> put(String path, String contentType, byte[] body) throws Exception {
        return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public HttpResponse<byte[]> getBytes(String path) throws Exception {
        return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> delete(String path) throws Exception {
        return send(request(path).DELETE());
    }

    /** The body of a response with this status, as JSON. */
    public static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    /** A problem+json with this status and a detail; returns it. */
    public static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("detail").asString()).isNotBlank();
        return problem;
    }

    /** The fields a 400 problem lists, in order. */
    public static List<String> fields(HttpResponse<String> response) {
        List<String> fields = new ArrayList<>();
        problem(response, 400).get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        return authorization == null ? request : request.header(TestKeys.HEADER, authorization);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
