package io.herdbook.bench.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Java load generator, for machines without wrk: {@code clients} virtual threads, each sending the next
 * GET as soon as the last one answered, for a fixed time. Every answer's latency is kept, so percentiles are
 * exact. It costs the server more CPU than wrk does (the JDK client is heavier), so its figures are lower.
 */
final class JavaLoad implements LoadGenerator {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final int clients;

    JavaLoad(int clients) {
        this.clients = clients;
    }

    @Override
    public Result load(String url, String authorization, Duration time) throws InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
        HttpRequest request = (authorization == null ? builder : builder.header("Authorization", authorization)).build();
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        AtomicLong failures = new AtomicLong();
        long start = System.nanoTime();
        long end = start + time.toNanos();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                int client = c;
                threads.submit(() -> {
                    long[] mine = new long[1024];
                    int n = 0;
                    while (System.nanoTime() < end) {
                        long sent = System.nanoTime();
                        try {
                            if (this.client.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200) {
                                if (n == mine.length) {
                                    mine = Arrays.copyOf(mine, n * 2);
                                }
                                mine[n++] = System.nanoTime() - sent;
                            } else {
                                failures.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        }
                    }
                    latencies[client] = mine;
                    counts[client] = n;
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        if (total == 0) {
            throw new IllegalStateException("no answer 200 from " + url + " in " + time + " (" + failures.get() + " failures)");
        }
        return new Result(total / seconds, percentileMillis(all, 50), percentileMillis(all, 99), failures.get());
    }

    @Override
    public String name() {
        return "java";
    }

    private static double percentileMillis(long[] sorted, double p) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
