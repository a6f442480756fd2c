package io.herdbook.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one handler: control paths first, then an injected fault if it touches the route, then the platform's routes. */
final class SandboxHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxHandler.class);

    private final PlatformRoutes platform;
    private final AdminRoutes admin;
    private final Faults faults;
    private final FaultResponder faultResponder;

    SandboxHandler(PlatformRoutes platform, AdminRoutes admin, Faults faults, FaultResponder faultResponder) {
        this.platform = platform;
        this.admin = admin;
        this.faults = faults;
        this.faultResponder = faultResponder;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            send(exchange, reply(Request.of(exchange.getRequestMethod(), exchange.getRequestURI())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("Failed on {}; answering 500", exchange.getRequestURI(), e);
            send(exchange, Reply.of(500, "text/plain; charset=utf-8", String.valueOf(e).getBytes(StandardCharsets.UTF_8)));
        }
    }

    private Reply reply(Request request) throws InterruptedException {
        if (request.path().startsWith(AdminRoutes.PREFIX)) {
            return admin.reply(request);
        }
        var fault = faults.find(request.path(), platform.ownerOf(request));
        if (fault.isPresent() && fault.get() instanceof Fault.Slow(long millis)) {
            Thread.sleep(millis);
        } else if (fault.isPresent()) {
            Optional<Reply> faulty = faultResponder.reply(fault.get(), request);
            if (faulty.isPresent()) {
                return faulty.get();
            }
        }
        return platform.reply(request);
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        for (Map.Entry<String, String> header : reply.headers()) {
            exchange.getResponseHeaders().add(header.getKey(), header.getValue());
        }
        boolean noBody = reply.body().length == 0 || exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(reply.status(), noBody ? -1 : reply.body().length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        }
    }
}
