package io.herdbook.jobs.platform.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small web site on 127.0.0.1 that answers like the platform does: a data page, blocks, redirects
 * to the login wall and to a regional notfound page, a slow page, JSON, a cookie session, a script
 * challenge and a page whose script writes into the DOM. Each exchange runs on its own virtual thread.
 */
final class LoopbackSite implements AutoCloseable {

    static final String DATA_SCRIPT =
            "<script id=\"__UNIVERSAL_DATA_FOR_REHYDRATION__\" type=\"application/json\">{\"__DEFAULT_SCOPE__\":{}}</script>";
    static final String JSON = "{\"statusCode\":0,\"itemList\":[{\"id\":\"7300000000000000001\"}]}";
    static final Duration SLOW_PAGE_DELAY = Duration.ofSeconds(2);

    private final HttpServer server;
    private final AtomicInteger loginHits = new AtomicInteger();

    private LoopbackSite(HttpServer server) {
        this.server = server;
    }

    static LoopbackSite start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        LoopbackSite site = new LoopbackSite(server);
        site.routes();
        server.start();
        return site;
    }

    /** The base URL of the site, e.g. {@code http://127.0.0.1:40123}. */
    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** How often {@code /login} was requested: a fetcher that followed a redirect would raise it. */
    int loginHits() {
        return loginHits.get();
    }

    /** A loopback URL where nothing listens. */
    static URI closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void routes() {
        route("/@creator", x -> html(x, 200, "<html><head><title>creator</title></head><body>" + DATA_SCRIPT + "</body></html>"));
        route("/blocked", x -> send(x, 403, Map.of("Server", "AkamaiGHost", "Content-Type", "text/html"), "<html><body>Access Denied</body></html>"));
        route("/legal", x -> html(x, 451, "<html><body>Unavailable For Legal Reasons</body></html>"));
        route("/private", x -> redirect(x, "/login?enter_method=mandatory"));
        route("/gone", x -> redirect(x, "https://www.tiktok.com/hk/notfound"));
        route("/login", x -> { loginHits.incrementAndGet(); html(x, 200, "<html><body>log in</body></html>"); });
        route("/busy", x -> html(x, 503, "<html><body>Service Unavailable</body></html>"));
        route("/slow", x -> { pause(SLOW_PAGE_DELAY); html(x, 200, "<html><body>late</body></html>"); });
        route("/api/post/item_list", x -> send(x, 200, Map.of("Content-Type", "application/json"), JSON));
        route("/latin", x -> send(x, 200, Map.of("Content-Type", "text/html; charset=ISO-8859-1"), "<html><body>caf\u00e9</body></html>", StandardCharsets.ISO_8859_1));
        route("/headers", x -> send(x, 200, Map.of("Content-Type", "text/plain"),
                "ua=" + x.getRequestHeaders().getFirst("User-Agent") + "\nlang=" + x.getRequestHeaders().getFirst("Accept-Language")));
        route("/session/start", x -> send(x, 200, Map.of("Content-Type", "text/html", "Set-Cookie", "ttwid=session-42; Path=/"), "<html><body>welcome</body></html>"));
        route("/session/echo", x -> send(x, 200, Map.of("Content-Type", "text/plain"), "cookie=" + x.getRequestHeaders().getFirst("Cookie")));
        route("/challenge", x -> challenge(x));
        route("/scripted", x -> html(x, 200, """
                <html><body><div id="now">pending</div><div id="later">pending</div>
                <script>document.getElementById('now').textContent = 'written-' + 'now';
                setTimeout(function () { document.getElementById('later').textContent = 'written-' + 'later'; }, 50);</script>
                </body></html>"""));
    }

    /** Like a bot check: a script sets a cookie and reloads; only a visitor carrying it gets the data. */
    private static void challenge(HttpExchange exchange) throws IOException {
        String cookie = exchange.getRequestHeaders().getFirst("Cookie");
        if (cookie != null && cookie.contains("passed=1")) {
            html(exchange, 200, "<html><body>" + DATA_SCRIPT + "</body></html>");
        } else {
            html(exchange, 403, "<html><body><script>document.cookie = 'passed=1; path=/'; location.reload();</script></body></html>");
        }
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private void route(String path, Handler handler) {
        server.createContext(path, exchange -> {
            try (exchange) {
                if (!exchange.getRequestURI().getPath().equals(path)) {
                    send(exchange, 404, Map.of("Content-Type", "text/plain"), "no such page");
                    return;
                }
                handler.handle(exchange);
            }
        });
    }

    private static void html(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, Map.of("Content-Type", "text/html; charset=utf-8"), body);
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    static void send(HttpExchange exchange, int status, Map<String, String> headers, String body) throws IOException {
        send(exchange, status, headers, body, StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> headers, String body, Charset charset)
            throws IOException {
        byte[] bytes = body.getBytes(charset);
        headers.forEach(exchange.getResponseHeaders()::add);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
