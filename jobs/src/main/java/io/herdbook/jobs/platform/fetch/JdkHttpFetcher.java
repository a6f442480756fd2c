package io.herdbook.jobs.platform.fetch;

import io.herdbook.jobs.platform.RawResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A {@link PageFetcher} on the JDK {@link HttpClient}: no scripts, no cookie jar (every fetch is a
 * first visit, so one creator's answer can never depend on another's), redirects never followed.
 *
 * <p>Thread-safe: one instance serves any number of concurrent callers over a shared connection pool.
 * The client's own work runs on virtual threads, so a slow server costs no platform thread. The body
 * is decoded with the charset of {@code Content-Type}, UTF-8 when none is named.
 */
public final class JdkHttpFetcher implements PageFetcher {

    private final FetcherSettings settings;
    private final ExecutorService executor;
    private final HttpClient client;

    public JdkHttpFetcher(FetcherSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        this.client = HttpClient.newBuilder()
                .executor(executor)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .build();
    }

    @Override
    public FetchResult fetch(String pathAndQuery) {
        URI url = settings.resolve(pathAndQuery);
        HttpRequest request = request(url);
        Stopwatch stopwatch = Stopwatch.start();
        try {
            HttpResponse<String> response = client.send(request, BodyHandlers.ofString());
            RawResponse raw = new RawResponse(response.statusCode(), response.headers().map(), response.body());
            return new FetchResult.Answered(raw, stopwatch.elapsed());
        } catch (HttpConnectTimeoutException e) {
            return new FetchResult.Failed("connect timeout after " + settings.connectTimeout(), true, stopwatch.elapsed());
        } catch (HttpTimeoutException e) {
            return new FetchResult.Failed("timeout after " + settings.requestTimeout(), true, stopwatch.elapsed());
        } catch (IOException e) {
            return new FetchResult.Failed(FailureReasons.describe(e, url), false, stopwatch.elapsed());
        } catch (InterruptedException e) {
            // The caller is shutting down: keep the flag so its loop sees it, and report no answer.
            Thread.currentThread().interrupt();
            return new FetchResult.Failed("interrupted", false, stopwatch.elapsed());
        }
    }

    /** Waits for requests in flight (each bounded by the request timeout), then stops the threads. */
    @Override
    public void close() {
        client.close();
        executor.close();
    }

    private HttpRequest request(URI url) {
        return HttpRequest.newBuilder(url)
                .GET()
                .timeout(settings.requestTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept-Language", settings.acceptLanguage())
                .header("Accept", "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8")
                .build();
    }
}
