package io.herdbook.jobs.platform.fetch;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Not a test: measures pages per second of each fetcher on a 400 KB profile-like page served over
 * loopback, so the cost of the browser against plain HTTP is a number, not a guess. Run by hand:
 *
 * <pre>
 * java -cp jobs/target/classes:jobs/target/test-classes:$(deps) \
 *     io.herdbook.jobs.platform.fetch.FetcherThroughputHarness [fetches=200] [concurrency=8]
 * </pre>
 */
public final class FetcherThroughputHarness {

    private static final int PAGE_BYTES = 400 * 1024;
    private static final int WARM_UP_FETCHES = 20;

    private FetcherThroughputHarness() {
    }

    public static void main(String[] args) throws Exception {
        int fetches = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        byte[] page = page();
        HttpServer server = serve(page);
        try {
            FetcherSettings settings = FetcherSettings.defaults()
                    .withBaseUrl(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
            System.out.printf("page %d bytes, %d fetches, concurrency %d%n", page.length, fetches, concurrency);
            double http = run("JdkHttpFetcher", () -> PageFetchers.create(FetcherKind.HTTP, settings), fetches, concurrency);
            double browser = run("HtmlUnitFetcher (pool " + HtmlUnitFetcher.DEFAULT_POOL_SIZE + ")",
                    () -> PageFetchers.create(FetcherKind.BROWSER, settings), fetches, concurrency);
            double browserWide = run("HtmlUnitFetcher (pool " + concurrency + ")",
                    () -> new HtmlUnitFetcher(settings, true, concurrency), fetches, concurrency);
            System.out.printf("ratio HtmlUnit/JDK: %.4f (pool %d), %.4f (pool %d)%n",
                    browser / http, HtmlUnitFetcher.DEFAULT_POOL_SIZE, browserWide / http, concurrency);
        } finally {
            server.stop(0);
        }
    }

    /** Fetches {@code fetches} pages at {@code concurrency}, after a warm-up; prints and returns pages/s. */
    private static double run(String name, Supplier<PageFetcher> factory, int fetches, int concurrency) throws Exception {
        try (PageFetcher fetcher = factory.get(); ExecutorService callers = Executors.newFixedThreadPool(concurrency, Thread.ofVirtual().factory())) {
            fetchAll(fetcher, callers, WARM_UP_FETCHES);
            long start = System.nanoTime();
            int answered = fetchAll(fetcher, callers, fetches);
            double seconds = (System.nanoTime() - start) / 1e9;
            double pagesPerSecond = fetches / seconds;
            System.out.printf("%-28s %8.1f pages/s  %7.1f MB/s  %d/%d answered in %.2f s%n", name, pagesPerSecond,
                    pagesPerSecond * PAGE_BYTES / 1e6, answered, fetches, seconds);
            return pagesPerSecond;
        }
    }

    private static int fetchAll(PageFetcher fetcher, ExecutorService callers, int fetches) throws Exception {
        List<Callable<FetchResult>> tasks = new ArrayList<>();
        for (int i = 0; i < fetches; i++) {
            String path = "/@creator" + (i % 50);
            tasks.add(() -> fetcher.fetch(path));
        }
        int answered = 0;
        for (Future<FetchResult> result : callers.invokeAll(tasks)) {
            if (result.get() instanceof FetchResult.Answered a && a.response().body().length() >= PAGE_BYTES - 16) {
                answered++;
            }
        }
        return answered;
    }

    private static HttpServer serve(byte[] page) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            try (exchange; OutputStream out = exchange.getResponseBody()) {
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                out.write(page);
            }
        });
        server.start();
        return server;
    }

    /** Markup, a small inline script and a large data script, padded to exactly 400 KB, like a profile page. */
    private static byte[] page() {
        StringBuilder items = new StringBuilder();
        for (int i = 0; items.length() < PAGE_BYTES * 3 / 4; i++) {
            items.append(i == 0 ? "" : ",").append("{\"id\":\"73000000000").append(i)
                    .append("\",\"desc\":\"post number ").append(i).append("\",\"stats\":{\"playCount\":").append(i * 137)
                    .append(",\"diggCount\":").append(i * 7).append("}}");
        }
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>creator</title></head><body>")
                .append("<script>document.title = 'creator ' + document.title.length;</script>")
                .append("<script id=\"__UNIVERSAL_DATA_FOR_REHYDRATION__\" type=\"application/json\">")
                .append("{\"__DEFAULT_SCOPE__\":{\"webapp.user-detail\":{\"itemList\":[").append(items).append("]}}}</script>");
        for (int i = 0; html.length() < PAGE_BYTES - 200; i++) {
            html.append("<div class=\"card\"><a href=\"/@creator/video/").append(i).append("\">post ").append(i).append("</a></div>");
        }
        html.append("</body></html>");
        while (html.length() < PAGE_BYTES) {
            html.insert(html.length() - "</body></html>".length(), ' ');
        }
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }
}
