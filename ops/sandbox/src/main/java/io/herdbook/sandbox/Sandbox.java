package io.herdbook.sandbox;

import com.sun.net.httpserver.HttpServer;
import io.herdbook.jobs.platform.PostData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A running stand-in for the platform on {@code 127.0.0.1}. Start one with {@link #start(SandboxSettings)},
 * point a fetcher's base URL at {@link #baseUrl()}, and {@link #close()} it when done.
 *
 * <p>Each request runs on its own virtual thread, so held ({@code timeout}) requests cost nothing and
 * a benchmark can open thousands of connections.
 */
public final class Sandbox implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;
    private final CaptureLibrary library;
    private final Faults faults;
    private final CountDownLatch closing = new CountDownLatch(1);

    private Sandbox(SandboxSettings settings, CaptureLibrary library) throws IOException {
        this.library = library;
        this.faults = new Faults(library.blocked().keySet());
        if (settings.scenario() != null) {
            Scenario.apply(settings.scenario(), faults);
        }
        this.executor = Executors.newVirtualThreadPerTaskExecutor();
        // Loopback only: the sandbox serves other people's captures and must not be reachable from outside.
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 0);
        server.setExecutor(executor);
        var platform = new PlatformRoutes(library);
        var handler = new SandboxHandler(platform, new AdminRoutes(library, faults), faults,
                new FaultResponder(library, platform, settings.timeoutHold(), closing));
        server.createContext("/", handler);
        server.start();
    }

    /**
     * Reads {@code settings.pages()} (or generates pages when that folder is missing or empty), applies the
     * scenario, and starts serving.
     *
     * @throws UncheckedIOException when the port cannot be bound
     * @throws IllegalArgumentException when the scenario file has a bad line
     */
    public static Sandbox start(SandboxSettings settings) {
        return start(settings, CaptureLibrary.load(settings.pages()));
    }

    /** Starts serving a library built elsewhere (a test's own, say); {@code settings.pages()} is not read. */
    public static Sandbox start(SandboxSettings settings, CaptureLibrary library) {
        try {
            return new Sandbox(settings, library);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind 127.0.0.1:" + settings.port(), e);
        }
    }

    /** The bound port (the ephemeral one when the settings asked for 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash: the platform base URL to configure. */
    public String baseUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port();
    }

    /** What is served. */
    public CaptureLibrary library() {
        return library;
    }

    /**
     * A posting burst: {@code count} new posts of {@code handle}, newer than all it had, served from the next request
     * on (the post list, the post pages and the profile's videoCount). See {@link CaptureLibrary#burst}.
     *
     * @return the new posts, newest first
     */
    public List<PostData> burst(String handle, int count) {
        return library.burst(handle, count);
    }

    /** The injected faults; changes apply to the next request. */
    public Faults faults() {
        return faults;
    }

    /** Releases held requests, stops listening and ends the request threads. Idempotent. */
    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.close();
    }
}
