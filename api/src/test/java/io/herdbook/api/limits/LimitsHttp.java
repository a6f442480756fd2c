package io.herdbook.api.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.api.access.Scope;
import io.herdbook.api.access.TestKeys;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP on loopback with a key, as a client calls the API; and the organisations the limit tests set up. */
final class LimitsHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final int port;
    private final String key;

    LimitsHttp(int port, String key) {
        this.port = port;
        this.key = key;
    }

    /** An owner's key (every scope, not a platform operator) for a fresh organisation on {@code plan}. */
    static LimitsHttp owner(ApplicationContext context, int port, String organisation, String plan) {
        String key = TestKeys.bearer(context, organisation, organisation + "@herdbook.test", EnumSet.of(Scope.READ, Scope.WRITE, Scope.ADMIN), false);
        context.getBean(JdbcTemplate.class).update("UPDATE organisations SET plan = ? WHERE slug = ?", plan, organisation);
        return new LimitsHttp(port, key);
    }

    /** A platform operator's key, in an organisation of their own. */
    static LimitsHttp platform(ApplicationContext context, int port) {
        return new LimitsHttp(port, TestKeys.owner(context, "platform-operators"));
    }

    HttpResponse<String> send(String method, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", key).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    /** {@code n} calls, each on its own thread (and connection), released at once by a latch; their answers in order. */
    static List<HttpResponse<String>> together(int n, IntFunction<HttpResponse<String>> call) {
        ExecutorService threads = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int at = i;
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.apply(at);
                }));
            }
            ready.await();
            go.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            threads.shutdownNow();
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** A problem+json of this status, its body parsed. */
    static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        return json(response);
    }
}
