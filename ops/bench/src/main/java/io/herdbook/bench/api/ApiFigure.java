package io.herdbook.bench.api;

import io.herdbook.bench.BenchContext;
import io.herdbook.bench.BenchOptions;
import io.herdbook.bench.Figure;
import io.herdbook.bench.FigureLine;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * P5: the polling endpoints under {@value #CLIENTS} concurrent clients, each round loading the trivial
 * endpoint and then each polling endpoint for the same time. {@code P5} is a job run's status
 * ({@code GET /api/v1/jobs/{name}/runs/{id}}, what a client polls after "run now"), {@code P5-posts} a
 * creator's first page of posts with their latest stats. Goal: p99 < 50 ms.
 */
public final class ApiFigure implements Figure {

    static final int CLIENTS = 100;

    @Override
    public String name() {
        return "P5";
    }

    @Override
    public List<FigureLine> measure(BenchContext context) throws Exception {
        BenchOptions options = context.options();
        Duration warmUp = Duration.ofSeconds(options.size(10, 1));
        Duration time = Duration.ofSeconds(options.size(10, 1));
        PolledData data = new PolledData(context.database().dataSource());
        long creator = data.seed();
        // A client's key, issued as an operator does (herdbook api-key) after the seed, which empties organisations.
        String key = ApiNode.issueKey(context.herdbookJar(), context.database().jdbcUrl(), context.work().resolve("bench-api-key.log"));
        try (ApiNode node = ApiNode.start(context.herdbookJar(), context.database().jdbcUrl(), context.work().resolve("bench-api-node.log"))) {
            // Free allows 5,000 requests a day and one load round sends far more: the operator moves the organisation up.
            putOnUltra(node.baseUrl(), key, data.organisation("default"));
            Map<String, String> polled = new LinkedHashMap<>();
            polled.put("P5", runToPoll(node.baseUrl(), key));
            polled.put("P5-posts", "/api/v1/creators/" + creator + "/posts");
            LoadGenerator load = LoadGenerator.best(CLIENTS);
            String trivial = node.baseUrl() + LoadGenerator.TRIVIAL;
            load.load(trivial, null, warmUp);
            for (String path : polled.values()) {
                load.load(node.baseUrl() + path, key, warmUp);
            }
            int rounds = options.rounds();
            Map<String, List<LoadGenerator.Result>> results = new LinkedHashMap<>();
            List<LoadGenerator.Result> baselines = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                baselines.add(load.load(trivial, null, time));
                for (Map.Entry<String, String> endpoint : polled.entrySet()) {
                    results.computeIfAbsent(endpoint.getKey(), k -> new ArrayList<>()).add(load.load(node.baseUrl() + endpoint.getValue(), key, time));
                }
            }
            List<FigureLine> lines = new ArrayList<>();
            for (Map.Entry<String, String> endpoint : polled.entrySet()) {
                lines.add(line(endpoint.getKey(), endpoint.getValue(), load.name(), results.get(endpoint.getKey()), baselines));
            }
            return lines;
        } finally {
            data.clear();
        }
    }

    /** Puts the organisation on the Ultra plan through the platform-admin endpoint, as an operator would. */
    private static void putOnUltra(String baseUrl, String key, long organisation) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/admin/organisations/"
                        + organisation + "/plan")).header("Authorization", key).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"plan\": \"ultra\"}")).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the plan change answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    /**
     * Queues a run now through the API (an api-only node has no worker, so it stays queued) and returns the path that
     * polls it. Run-now reaches past one organisation, so the key is a platform admin's.
     */
    private static String runToPoll(String baseUrl, String key) throws Exception {
        HttpResponse<String> queued = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/jobs/daily-digest/runs"))
                .header("Authorization", key).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (queued.statusCode() != 202) {
            throw new IllegalStateException("run now answered " + queued.statusCode() + ": " + queued.body());
        }
        return queued.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException("run now gave no Location"));
    }

    private static FigureLine line(String name, String path, String generator, List<LoadGenerator.Result> results, List<LoadGenerator.Result> baselines) {
        double[] rates = results.stream().mapToDouble(LoadGenerator.Result::perSecond).toArray();
        double[] baseline = baselines.stream().mapToDouble(LoadGenerator.Result::perSecond).toArray();
        Map<String, String> extras = new LinkedHashMap<>();
        extras.put("endpoint", path);
        extras.put("clients", Integer.toString(CLIENTS));
        extras.put("load", generator);
        extras.put("p50_ms", millis(results, LoadGenerator.Result::p50Millis));
        extras.put("p99_ms", millis(results, LoadGenerator.Result::p99Millis));
        extras.put("baseline_p50_ms", millis(baselines, LoadGenerator.Result::p50Millis));
        extras.put("baseline_p99_ms", millis(baselines, LoadGenerator.Result::p99Millis));
        extras.put("failures", Long.toString(results.stream().mapToLong(LoadGenerator.Result::failures).sum()));
        return new FigureLine(name, "requests/s", rates, baseline, extras);
    }

    /** The median over rounds of each round's percentile. */
    private static String millis(List<LoadGenerator.Result> results, ToDoubleFunction<LoadGenerator.Result> percentile) {
        return String.format(Locale.ROOT, "%.1f", FigureLine.median(results.stream().mapToDouble(percentile).toArray()));
    }
}
