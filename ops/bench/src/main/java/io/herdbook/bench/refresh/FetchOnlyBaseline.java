package io.herdbook.bench.refresh;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The loopback limit P3 is measured against: the JDK HTTP client on 64 virtual threads fetching the same
 * pages the refresh fetches, reading each body and doing nothing with it.
 */
final class FetchOnlyBaseline {

    static final int THREADS = 64;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    FetchOnlyBaseline(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Fetches every path once; returns how many answered 200 (the figure refuses a round with any other). */
    long fetchAll(List<String> paths) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicLong ok = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < THREADS; t++) {
                threads.submit(() -> {
                    for (int i = next.getAndIncrement(); i < paths.size(); i = next.getAndIncrement()) {
                        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + paths.get(i))).timeout(Duration.ofSeconds(15)).build();
                        try {
                            if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                                ok.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failure.compareAndSet(null, e);
                        }
                    }
                    return null;
                });
            }
        }
        if (failure.get() != null) {
            failure.get().printStackTrace();
        }
        return ok.get();
    }
}
